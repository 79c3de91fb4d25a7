import { Button, Group, List, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { MIN_FINALISE_REASON } from "../../domain/assessment/finalise.js";
import type { Results } from "../../server/assessment/contract.js";
import { ErrorAlert } from "../ui/ErrorAlert.js";
import { FormModal } from "../ui/FormModal.js";
import { useFinalise } from "./hooks.js";
import { violationText } from "./texts.js";

type Props = { results: Results; onClose: () => void };

/**
 * Confirms the finalisation: what it locks, who is still without a result, and — when the district
 * breaks a cap — each broken cap and a reason of at least ten characters (the server checks again).
 */
export function FinaliseModal({ results, onClose }: Props) {
  const { t } = useTranslation();
  const finalise = useFinalise(results.period.id);
  const [reason, setReason] = useState("");
  const broken = results.district.violations;
  const short = broken.length > 0 && reason.trim().length < MIN_FINALISE_REASON;
  return (
    <FormModal opened onClose={onClose} title={t("results.finalise.title")} size="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!short) finalise.mutate(reason, { onSuccess: onClose });
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t("results.finalise.body")}</Text>
          {results.district.withoutResult > 0 && (
            <Text size="sm" c="dimmed">
              {t("results.finalise.withoutResult", { n: results.district.withoutResult })}
            </Text>
          )}
          {broken.length > 0 && (
            <>
              <Text size="sm" fw={600} c="red">
                {t("results.finalise.brokenIntro")}
              </Text>
              <List size="sm" c="red" spacing={2}>
                {broken.map((v) => (
                  <List.Item key={`${v.code}-${v.predikats.join("+")}`}>
                    {violationText(t, v, results.organisationPredikat)}
                  </List.Item>
                ))}
              </List>
              <Textarea
                label={t("results.finalise.reason")}
                description={t("results.finalise.reasonHint", { min: MIN_FINALISE_REASON })}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                autosize
                minRows={3}
                maxLength={2000}
                required
              />
            </>
          )}
          <ErrorAlert error={finalise.error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" color="red" disabled={short} loading={finalise.isPending}>
              {t("results.finalise.confirm")}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}
