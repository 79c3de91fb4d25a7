import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import type { PlanView } from "../../../../server/planning/contract.js";
import { ErrorAlert } from "../../../ui/ErrorAlert.js";
import { FormModal } from "../../../ui/FormModal.js";
import { useAgreePlan } from "../../hooks.js";

/** The atasan approved: the pegawai agrees ("Sepakati") and the plan is locked. */
export function AgreeSection({ view }: { view: PlanView }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const agree = useAgreePlan(view);
  const by = view.plan.decidedByName ?? t("planning.superior");
  return (
    <Alert color="teal" title={t("planning.agree.title")}>
      <Stack gap="sm">
        <Text size="sm">{t("planning.agree.body", { name: by })}</Text>
        <Button onClick={open} w="fit-content">
          {t("planning.agree.button")}
        </Button>
      </Stack>
      <FormModal opened={opened} onClose={close} title={t("planning.agree.confirmTitle")} size="md">
        <Stack gap="md">
          <Text size="sm">{t("planning.agree.confirmBody")}</Text>
          <ErrorAlert error={agree.error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              {t("common.cancel")}
            </Button>
            <Button loading={agree.isPending} onClick={() => agree.mutate(undefined, { onSuccess: close })}>
              {t("planning.agree.button")}
            </Button>
          </Group>
        </Stack>
      </FormModal>
    </Alert>
  );
}
