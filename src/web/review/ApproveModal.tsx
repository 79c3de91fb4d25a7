import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../ui/ErrorAlert.js";
import { useFocusBackOnUnmount } from "../ui/useFocusBack.js";
import { useApprovePlan } from "./hooks.js";

type Props = { cycleId: string; planId: string; name: string; onClose: () => void };

/** "Setujui" asks once more: after approval the pegawai agrees and the plan locks. */
export function ApproveModal({ cycleId, planId, name, onClose }: Props) {
  const { t } = useTranslation();
  useFocusBackOnUnmount(); // closed by unmounting: focus back to the opener
  const approve = useApprovePlan(cycleId, planId);
  return (
    <Modal opened onClose={onClose} title={t("review.approveTitle")} centered size="md">
      <Stack gap="sm">
        <Text size="sm">{t("review.approveBody", { name })}</Text>
        <ErrorAlert error={approve.error} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button loading={approve.isPending} onClick={() => approve.mutate(undefined, { onSuccess: onClose })}>
            {t("review.approve")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
