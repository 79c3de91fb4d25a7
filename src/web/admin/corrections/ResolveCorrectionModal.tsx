import { Button, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { type CorrectionDto, resolveCorrection } from "../../../server/corrections/contract.js";
import type { ZPerson } from "../../../server/org/contract.js";
import { ErrorAlert, fieldErrors } from "../../ui/ErrorAlert.js";
import { FormActions } from "../../ui/FormActions.js";
import { FormModal } from "../../ui/FormModal.js";
import { LimitedTextarea } from "../../ui/LimitedText.js";
import { textLimit } from "../../ui/text-limit.js";
import { zodFieldErrors } from "../../ui/zod-errors.js";
import { EditPersonModal } from "../people/EditPersonModal.js";
import { useResolveCorrection } from "./hooks.js";

type Person = z.infer<typeof ZPerson>;
type Props = { correction: CorrectionDto; person: Person | undefined; onClose: () => void };

function Value({ label, value, nip = false }: { label: string; value: string; nip?: boolean }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} className={nip ? "nip" : undefined}>
        {value}
      </Text>
    </Stack>
  );
}

/**
 * Mark a correction done, telling the pegawai what was fixed (same schema as the server). The person's
 * current data is beside the report, and "Ubah data pegawai" edits it through the person update
 * (its use case and policy): a report is never closed as "fixed" while the data still says otherwise.
 */
export function ResolveCorrectionModal({ correction, person, onClose }: Props) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const resolve = useResolveCorrection(correction.id);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [editing, setEditing] = useState(false);
  const dash = t("common.none");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = resolveCorrection.body.safeParse({ resolutionNote: note });
    if (!parsed.success) return setError(zodFieldErrors(parsed.error).resolutionNote);
    setError(undefined);
    resolve.mutate(parsed.data.resolutionNote, { onSuccess: onClose });
  };
  if (editing && person)
    return (
      <EditPersonModal
        person={person}
        onClose={() => {
          setEditing(false);
          void qc.invalidateQueries({ queryKey: ["corrections"] });
        }}
      />
    );
  return (
    <FormModal opened onClose={onClose} title={t("correctionsAdmin.resolveTitle", { name: correction.personName })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Paper bg="var(--kinerja-panel)" p="sm" radius="md">
            <Text size="xs" c="dimmed">
              {t("correctionsAdmin.reported")}
            </Text>
            <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
              {correction.note}
            </Text>
          </Paper>
          {person && (
            <Paper withBorder p="sm" radius="md">
              <Stack gap="xs">
                <Text size="sm" fw={600}>
                  {t("correctionData.current", { name: person.name })}
                </Text>
                <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" verticalSpacing={4}>
                  <Value label={t("mine.nip")} value={person.nip ?? dash} nip />
                  <Value label={t("mine.employmentStatus")} value={t(`employmentStatus.${person.employmentStatus}`)} />
                  <Value label={t("mine.rank")} value={person.rank || dash} />
                  <Value label={t("mine.positionLevel")} value={person.positionLevel || dash} />
                </SimpleGrid>
                <Text size="xs" c={correction.dataChanged ? "teal" : "yellow"}>
                  {t(correction.dataChanged ? "correctionData.changed" : "correctionData.notChanged")}
                </Text>
                {person.actions.update && (
                  <Button variant="light" size="sm" w="fit-content" onClick={() => setEditing(true)}>
                    {t("correctionData.edit")}
                  </Button>
                )}
              </Stack>
            </Paper>
          )}
          <Text size="sm">{t("correctionsAdmin.resolveHint")}</Text>
          <ErrorAlert error={resolve.error} />
          <LimitedTextarea
            label={t("correctionsAdmin.resolutionNote")}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={error ?? fieldErrors(resolve.error).resolutionNote}
            max={textLimit(resolveCorrection.body.shape.resolutionNote) ?? 1000}
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
