import { Button, Card, Group, Stack, Text, Timeline, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PlanView } from "../../server/planning/contract.js";
import { ErrorAlert } from "../ui/ErrorAlert.js";
import { formatDate } from "../ui/format.js";
import { Loading } from "../ui/Loading.js";
import { usePlanHistory } from "./hooks.js";
import { actionLabel, asLabel, formatTime, statusLabel, stepLabel } from "./labels.js";
import { RevisionModal } from "./RevisionModal.js";

/** Who did what, when, as whom and why; archived versions stay readable. */
export function HistorySection({ view }: { view: PlanView }) {
  const { t } = useTranslation();
  const history = usePlanHistory(view.plan.id);
  const [shown, setShown] = useState<number | null>(null);
  const revision = history.data?.revisions.find((r) => r.revision === shown);

  return (
    <Card component="section" aria-label={t("review.history")}>
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t("review.history")}
        </Title>
        {history.isPending && <Loading />}
        <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />
        {history.data && history.data.events.length === 0 && (
          <Text size="sm" c="dimmed">
            {t("review.historyEmpty")}
          </Text>
        )}
        {history.data && history.data.events.length > 0 && (
          <Timeline bulletSize={14} lineWidth={2} active={history.data.events.length}>
            {[...history.data.events].reverse().map((e) => (
              <Timeline.Item key={`${e.at}-${e.action}`} title={actionLabel(t, e.action)}>
                <Text size="xs" c="dimmed">
                  {formatDate(e.at)} {formatTime(e.at)} · {e.actorName ?? t("common.none")} {asLabel(t, e.actingAs)}
                </Text>
                {e.fromState && e.toState && e.fromState !== e.toState && (
                  <Text size="xs">
                    {statusLabel(t, e.fromState)} → {statusLabel(t, e.toState)}
                  </Text>
                )}
                {e.reason && (
                  <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                    “{e.reason}”
                  </Text>
                )}
                {e.changedSteps.length > 0 && (
                  <Text size="xs" c="dimmed">
                    {t("review.changedSteps", { steps: e.changedSteps.map((s) => stepLabel(t, s)).join(", ") })}
                  </Text>
                )}
              </Timeline.Item>
            ))}
          </Timeline>
        )}
        {history.data && history.data.revisions.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t("review.revisions")}
            </Text>
            {history.data.revisions.map((r) => (
              <Group key={r.revision} gap="xs" justify="space-between" wrap="nowrap">
                <Text size="sm">
                  {t("review.revision", { n: r.revision })} · {statusLabel(t, r.status)} ·{" "}
                  {t("review.archivedOn", { date: formatDate(r.archivedAt) })}
                </Text>
                <Button size="compact-sm" variant="light" onClick={() => setShown(r.revision)}>
                  {t("review.viewRevision")}
                </Button>
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
      {revision && <RevisionModal view={view} revision={revision} onClose={() => setShown(null)} />}
    </Card>
  );
}
