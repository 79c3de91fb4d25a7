import { Alert, Anchor, Button, Card, SimpleGrid, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router-dom";
import { PATHS } from "../../app/access.js";
import { ErrorAlert } from "../../ui/ErrorAlert.js";
import { formatDate } from "../../ui/format.js";
import { Loading } from "../../ui/Loading.js";
import { PageHeader } from "../../ui/PageHeader.js";
import { ExtendPeriodModal } from "./ExtendPeriodModal.js";
import { ExtensionsSection } from "./ExtensionsSection.js";
import { usePeriod } from "./hooks.js";
import { MissingSuperiorCycles, PeriodCycles } from "./PeriodCycles.js";

function openedCount(state: unknown): number | null {
  return state && typeof state === "object" && "opened" in state && typeof state.opened === "number"
    ? state.opened
    : null;
}

export function PeriodDetailPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const location = useLocation();
  const detail = usePeriod(id);
  const [extending, setExtending] = useState(false);
  const opened = openedCount(location.state);

  const back = (
    <Anchor component={Link} to={PATHS.periods} size="sm">
      ← {t("admin.periods")}
    </Anchor>
  );
  if (detail.isPending) return <Loading />;
  if (detail.isError)
    return (
      <Stack>
        {back}
        <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />
      </Stack>
    );
  const { period, counts } = detail.data;
  const range = (from: string, to: string) => t("periods.range", { from: formatDate(from), to: formatDate(to) });
  const phases = [
    [t("phase.perencanaan"), period.planningOpensOn, period.planningClosesOn],
    [t("phase.pelaksanaan"), period.executionOpensOn, period.executionClosesOn],
    [t("phase.penilaian"), period.assessmentOpensOn, period.assessmentClosesOn],
  ] as const;

  return (
    <Stack gap="lg">
      {back}
      <PageHeader
        title={period.name}
        intro={`${range(period.startsOn, period.endsOn)} · ${t("periods.ruleSet")}: ${period.ruleSetName}`}
        actions={
          <Button variant="default" onClick={() => setExtending(true)}>
            {t("periods.extend")}
          </Button>
        }
      />
      {opened !== null && <Alert color="teal">{t("periods.opened", { n: opened })}</Alert>}
      {extending && <ExtendPeriodModal period={period} onClose={() => setExtending(false)} />}

      {period.withoutSuperiorCount > 0 && (
        <Alert color="red" title={`${t("periods.needsAction")} (${period.withoutSuperiorCount})`}>
          <Stack gap="sm">
            <Text size="sm">{t("periods.needsActionBody")}</Text>
            <MissingSuperiorCycles periodId={period.id} />
            <Anchor component={Link} to={PATHS.assignments} size="sm" fw={600}>
              {t("admin.assignments")} →
            </Anchor>
          </Stack>
        </Alert>
      )}

      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {phases.map(([label, from, to]) => (
          <Card key={label} padding="sm">
            <Text size="xs" c="dimmed" fw={700} tt="uppercase">
              {label}
            </Text>
            <Text size="sm" fw={500}>
              {range(from, to)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>

      <ExtensionsSection period={period} />

      <PeriodCycles periodId={period.id} byPlanStatus={counts.byPlanStatus} />
    </Stack>
  );
}
