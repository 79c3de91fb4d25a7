import { Stack, Text, Textarea } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { newPhaseOverlaps } from "../../../domain/cycles/phase.js";
import { DateField } from "../../ui/DateField.js";
import { ErrorAlert, fieldErrors } from "../../ui/ErrorAlert.js";
import { FormActions } from "../../ui/FormActions.js";
import { FormModal } from "../../ui/FormModal.js";
import { useExtendPeriod } from "./hooks.js";
import { OverlapWarning } from "./OverlapWarning.js";
import type { Windows } from "./windows.js";

const CLOSING = ["planningClosesOn", "executionClosesOn", "assessmentClosesOn"] as const;

export function ExtendPeriodModal({ period, onClose }: { period: Windows & { id: string }; onClose: () => void }) {
  const { t } = useTranslation();
  const extend = useExtendPeriod(period.id);
  const [dates, setDates] = useState({
    planningClosesOn: period.planningClosesOn,
    executionClosesOn: period.executionClosesOn,
    assessmentClosesOn: period.assessmentClosesOn,
  });
  const [reason, setReason] = useState("");
  const [acceptOverlap, setAcceptOverlap] = useState(false);
  // The same rule the server asks: a close that runs into the next phase is saved only once confirmed.
  const overlaps = newPhaseOverlaps(period, { ...period, ...dates });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // Send only what changed: an untouched window keeps its date.
    const changed = Object.fromEntries(CLOSING.filter((k) => dates[k] !== period[k]).map((k) => [k, dates[k]]));
    const confirm = overlaps.length > 0 ? { acceptOverlap } : {};
    extend.mutate({ ...changed, ...confirm, reason: reason.trim() }, { onSuccess: onClose });
  };
  const server = fieldErrors(extend.error);
  const unchanged = CLOSING.every((k) => dates[k] === period[k]);

  return (
    <FormModal opened onClose={onClose} title={t("periods.extend")} size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t("periods.extendIntro")}
          </Text>
          <ErrorAlert error={extend.error} />
          {CLOSING.map((k) => (
            <DateField
              key={k}
              label={t(`periods.${k}`)}
              value={dates[k]}
              min={period[k]}
              onChange={(value) => setDates((d) => ({ ...d, [k]: value }))}
              error={server[k]}
            />
          ))}
          <OverlapWarning overlaps={overlaps} accepted={acceptOverlap} onAccept={setAcceptOverlap} />
          <Textarea
            label={t("periods.reason")}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            maxLength={500}
            autosize
            minRows={2}
            error={server.reason}
          />
          <FormActions
            onCancel={onClose}
            label={t("periods.extend")}
            pending={extend.isPending}
            disabled={unchanged || (overlaps.length > 0 && !acceptOverlap)}
          />
        </Stack>
      </form>
    </FormModal>
  );
}
