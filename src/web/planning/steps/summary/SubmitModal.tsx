import { Alert, Button, Checkbox, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PlanView } from "../../../../server/planning/contract.js";
import { ErrorAlert } from "../../../ui/ErrorAlert.js";
import { FormModal } from "../../../ui/FormModal.js";
import { useSubmitPlan } from "../../hooks.js";
import type { PlanEditor } from "../../plan/usePlanEditor.js";

type Props = { view: PlanView; editor: PlanEditor; opened: boolean; onClose: () => void };

/** "Lanjut ajukan": a checkbox, then "Ajukan" or "Cek ulang". A retried submit never duplicates. */
export function SubmitModal({ view, editor, opened, onClose }: Props) {
  const { t } = useTranslation();
  const [checked, setChecked] = useState(false);
  const [unsaved, setUnsaved] = useState(false);
  const submit = useSubmitPlan(view);
  const send = async () => {
    setUnsaved(false);
    // Everything typed must be on the server first: the submit names the version it approves.
    if (!(await editor.flush())) return setUnsaved(true);
    submit.mutate(editor.currentVersion());
  };
  const close = () => {
    setChecked(false);
    submit.reset();
    onClose();
  };
  return (
    <FormModal opened={opened} onClose={close} title={t("planning.submit.title")} size="md">
      <Stack gap="md">
        <Text size="sm">{t("planning.submit.body", { name: view.superior.name ?? t("planning.superior") })}</Text>
        <Checkbox
          label={t("planning.submit.check")}
          checked={checked}
          onChange={(e) => setChecked(e.currentTarget.checked)}
          size="md"
        />
        {unsaved && <Alert color="yellow">{t("planning.submit.unsaved")}</Alert>}
        <ErrorAlert error={submit.error} onRetry={submit.isError ? () => void send() : undefined} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={close}>
            {t("planning.submit.recheck")}
          </Button>
          <Button onClick={() => void send()} disabled={!checked} loading={submit.isPending}>
            {t("planning.submit.confirm")}
          </Button>
        </Group>
      </Stack>
    </FormModal>
  );
}
