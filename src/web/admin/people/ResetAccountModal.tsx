import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { ZPerson } from "../../../server/org/contract.js";
import { CopyValue } from "../../ui/CopyValue.js";
import { ErrorAlert } from "../../ui/ErrorAlert.js";
import { useFocusBackOnUnmount } from "../../ui/useFocusBack.js";
import { useResetAccount } from "./hooks.js";

type Person = z.infer<typeof ZPerson>;

/** Confirm, then show the one-time password; closing the dialog forgets it. */
export function ResetAccountModal({ person, onClose }: { person: Person; onClose: () => void }) {
  const { t } = useTranslation();
  useFocusBackOnUnmount(); // closed by unmounting: focus back to the opener
  const reset = useResetAccount(person.id);
  const creating = person.username === null;
  const result = reset.data;
  const title = creating
    ? t("resetAccount.createTitle", { name: person.name })
    : t("resetAccount.resetTitle", { name: person.name });

  return (
    <Modal opened onClose={onClose} title={title} centered size="md" closeOnClickOutside={!result}>
      {result ? (
        <Stack gap="sm">
          <Alert color="yellow" title={t("people.tempPasswordTitle")}>
            <Stack gap="sm">
              <Text size="sm">{t("people.tempPasswordBody", { name: person.name, username: result.username })}</Text>
              <CopyValue value={result.temporaryPassword} />
            </Stack>
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t("common.close")}</Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="sm">
          <Text size="sm">{creating ? t("resetAccount.createBody") : t("resetAccount.resetBody")}</Text>
          <ErrorAlert error={reset.error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button color={creating ? "teal" : "orange"} loading={reset.isPending} onClick={() => reset.mutate()}>
              {creating ? t("resetAccount.create") : t("resetAccount.reset")}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
