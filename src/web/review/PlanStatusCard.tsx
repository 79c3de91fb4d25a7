import { Alert, Button, Card, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { planStatusOf } from "../../domain/planning/state.js";
import type { PlanView } from "../../server/planning/contract.js";
import { formatDate } from "../ui/format.js";
import { asLabel, type QueueStatus, stepLabel } from "./labels.js";
import { PlanStatusBadge } from "./StatusBadge.js";

const DECIDED: readonly string[] = ["returned", "approved", "agreed"];

/** Where the plan stands: status, dates, who decided, and the last return note. */
export function PlanStatusCard({ view }: { view: PlanView }) {
  const { t } = useTranslation();
  const { plan, cycle } = view;
  // The queue's words: a plan only opened, never saved, is "belum mulai" here too (planStatusOf).
  const status: QueueStatus = planStatusOf(plan);
  return (
    <Card padding="sm">
      <Stack gap="xs">
        <Group gap="xs" justify="space-between">
          <PlanStatusBadge status={status} />
          <Text size="xs" c="dimmed">
            {t("review.deadline", { date: formatDate(cycle.planningClosesOn) })}
          </Text>
        </Group>
        {plan.submittedAt && <Text size="sm">{t("review.submittedOn", { date: formatDate(plan.submittedAt) })}</Text>}
        {/* A decision is shown while it stands: after a resubmit the return is history, not the status. */}
        {plan.decidedByName && plan.decidedAt && DECIDED.includes(plan.status) && (
          <Text size="sm">
            {t("review.decidedBy", {
              name: plan.decidedByName,
              as: asLabel(t, plan.decidedAs),
              date: formatDate(plan.decidedAt),
            })}
          </Text>
        )}
        {plan.agreedAt && <Text size="sm">{t("review.agreedOn", { date: formatDate(plan.agreedAt) })}</Text>}
        {/* The agreed plan prints for the pegawai, the atasan and the admin (a Tim Kinerja member only reads it). */}
        {plan.status === "agreed" && view.viewer.actingAs !== "tim_kinerja" && (
          <Button
            component="a"
            href={`/api/cycles/${cycle.id}/plan.pdf`}
            download
            variant="light"
            size="xs"
            w="fit-content"
          >
            {t("review.printPlan")}
          </Button>
        )}
        {plan.status === "returned" && plan.returnNote && (
          <Alert color="orange" p="xs" title={t("review.lastReturnNote")}>
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {plan.returnNote}
            </Text>
          </Alert>
        )}
        {plan.changedSinceReturn && (
          <Alert color="blue" p="xs" title={t("review.resubmitted")}>
            <Text size="sm">
              {plan.changedSinceReturn.length > 0
                ? t("review.changedSinceReturn", {
                    steps: plan.changedSinceReturn.map((s) => stepLabel(t, s)).join(", "),
                  })
                : t("review.unchangedSinceReturn")}
            </Text>
          </Alert>
        )}
        {plan.status === "submitted" && view.viewer.actions.includes("approve") && (
          <Text size="sm" c="teal" hiddenFrom="sm">
            {t("review.coach")}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
