import { Paper, Stack, Text, Textarea } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type CorrectionDto, resolveCorrection } from "../../../server/corrections/contract.js";
import { ErrorAlert, fieldErrors } from "../../ui/ErrorAlert.js";
import { FormActions } from "../../ui/FormActions.js";
import { FormModal } from "../../ui/FormModal.js";
import { zodFieldErrors } from "../../ui/zod-errors.js";
import { useResolveCorrection } from "./hooks.js";

/** Mark a correction done, telling the pegawai what was fixed (same schema as the server). */
export function ResolveCorrectionModal({ correction, onClose }: { correction: CorrectionDto; onClose: () => void }) {
  const { t } = useTranslation();
  const resolve = useResolveCorrection(correction.id);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | undefined>();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = resolveCorrection.body.safeParse({ resolutionNote: note });
    if (!parsed.success) return setError(zodFieldErrors(parsed.error).resolutionNote);
    setError(undefined);
    resolve.mutate(parsed.data.resolutionNote, { onSuccess: onClose });
  };
  return (
    <FormModal opened onClose={onClose} title={t("correctionsAdmin.resolveTitle", { name: correction.personName })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Paper bg="gray.0" p="sm" radius="md">
            <Text size="xs" c="dimmed">
              {t("correctionsAdmin.reported")}
            </Text>
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {correction.note}
            </Text>
          </Paper>
          <Text size="sm">{t("correctionsAdmin.resolveHint")}</Text>
          <ErrorAlert error={resolve.error} />
          <Textarea
            label={t("correctionsAdmin.resolutionNote")}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={error ?? fieldErrors(resolve.error).resolutionNote}
            maxLength={1000}
            autosize
            minRows={3}
            data-autofocus
          />
          <FormActions onCancel={onClose} label={t("correctionsAdmin.resolve")} pending={resolve.isPending} />
        </Stack>
      </form>
    </FormModal>
  );
}
