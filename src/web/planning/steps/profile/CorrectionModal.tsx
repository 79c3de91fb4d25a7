import { Alert, Button, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CycleTrack } from "../../../../domain/org/assessors.js";
import { reportCorrection } from "../../../../server/corrections/contract.js";
import { ErrorAlert } from "../../../ui/ErrorAlert.js";
import { FormActions } from "../../../ui/FormActions.js";
import { FormModal } from "../../../ui/FormModal.js";
import { LimitedTextarea } from "../../../ui/LimitedText.js";
import { textLimit } from "../../../ui/text-limit.js";
import { useReportCorrection } from "../../hooks.js";
import { correctionHandler } from "../../plan/labels.js";

type Props = { opened: boolean; onClose: () => void; cycleId: string; track: CycleTrack; placeholder?: string };

const MIN = 10;

/** "Laporkan perbaikan": a note to the school operator (a pengawas: the district admin) about wrong staff data. */
export function CorrectionModal({ opened, onClose, cycleId, track, placeholder }: Props) {
  const { t } = useTranslation();
  const handler = correctionHandler(t, track);
  const [note, setNote] = useState("");
  const report = useReportCorrection(cycleId);
  const short = note.trim().length < MIN;
  const close = () => {
    report.reset();
    setNote("");
    onClose();
  };
  return (
    <FormModal opened={opened} onClose={close} title={t("planning.correction.title")} size="md">
      {report.isSuccess ? (
        <Stack gap="sm">
          <Alert color="teal">{t("planning.correction.sent", { handler })}</Alert>
          <Button onClick={close} w="fit-content">
            {t("common.close")}
          </Button>
        </Stack>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!short) report.mutate(note.trim());
          }}
        >
          <Stack gap="sm">
            <Text size="sm">{t("planning.correction.intro", { handler })}</Text>
            <LimitedTextarea
              label={t("planning.correction.note")}
              placeholder={placeholder ?? t("planning.correction.placeholder")}
              description={t("planning.correction.min", { min: MIN })}
              autosize
              minRows={4}
              max={textLimit(reportCorrection.body.shape.note) ?? 1000}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              data-autofocus
            />
            <ErrorAlert error={report.error} />
            <FormActions
              onCancel={close}
              label={t("planning.correction.send")}
              pending={report.isPending}
              disabled={short}
            />
          </Stack>
        </form>
      )}
    </FormModal>
  );
}
