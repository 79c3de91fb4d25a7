import { Text, Timeline } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { CycleTrack } from "../../../domain/org/assessors.js";
import { PLAN_STEPS } from "../../../domain/planning/content.js";
import type { ZHistoryEvent } from "../../../server/planning/contract.js";
import { actingLabel, dateTime, statusLabel, stepLabel } from "../plan/labels.js";

type HistoryEvent = z.infer<typeof ZHistoryEvent>;
type Props = { events: HistoryEvent[]; track: CycleTrack };

const ACTIONS = [
  "plan_submitted",
  "plan_returned",
  "plan_approved",
  "plan_agreed",
  "plan_reopened",
  "reopen_requested",
  "reopen_refused",
] as const;

/** Newest first: "Siti Rahmawati sebagai Plt Kepala Sekolah · Menunggu persetujuan → Dikembalikan". */
export function HistoryEvents({ events, track }: Props) {
  const { t, i18n } = useTranslation();
  if (events.length === 0) return <Text c="dimmed">{t("planning.history.empty")}</Text>;
  return (
    <Timeline bulletSize={14} lineWidth={2} active={events.length}>
      {[...events].reverse().map((e) => {
        const action = ACTIONS.find((a) => a === e.action);
        const steps = e.changedSteps.flatMap((s) => {
          const step = PLAN_STEPS.find((p) => p === s);
          return step ? [stepLabel(t, step, track)] : [];
        });
        return (
          <Timeline.Item key={`${e.at}-${e.action}`} title={action ? t(`planning.history.action.${action}`) : e.action}>
            <Text size="xs" c="dimmed">
              {dateTime(e.at, i18n.language)}
            </Text>
            <Text size="sm">
              {e.actorName ?? t("planning.history.system")}
              {e.actingAs ? ` ${actingLabel(t, e.actingAs)}` : ""}
            </Text>
            {e.fromState && e.toState && e.fromState !== e.toState && (
              <Text size="sm" c="dimmed">
                {`${statusLabel(t, e.fromState)} → ${statusLabel(t, e.toState)}`}
              </Text>
            )}
            {e.reason && (
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                {t("planning.history.reason", { reason: e.reason })}
              </Text>
            )}
            {steps.length > 0 && (
              <Text size="sm" c="dimmed">
                {t("planning.history.changed", { steps: steps.join(", ") })}
              </Text>
            )}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
