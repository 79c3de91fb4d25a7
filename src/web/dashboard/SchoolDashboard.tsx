import {
  Alert,
  Anchor,
  Card,
  Group,
  List,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
  useMantineTheme,
} from "@mantine/core";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { PHASES } from "../../domain/cycles/phase.js";
import { type ActorAtPlace, PLAN_PROGRESS, planNextActor } from "../../domain/dashboard/progress.js";
import type { SchoolDashboard as Answer } from "../../server/dashboard/contract.js";
import { PATHS } from "../app/access.js";
import { statusLabel } from "../review/labels.js";
import { reviewPath, useBackState } from "../review/paths.js";
import { PlanStatusBadge } from "../review/StatusBadge.js";
import { ErrorAlert } from "../ui/ErrorAlert.js";
import { Loading } from "../ui/Loading.js";
import { useSchoolDashboard } from "./hooks.js";
import { NamesCard, PeriodSelect, Stat } from "./parts.js";
import { type BarRow, type Series, StackedBars } from "./StackedBars.js";

const ACTORS: ActorAtPlace[] = ["owner", "superior", "nobody"];

/**
 * The teachers' path as rows of one chart: each plan status before agreement (all at the step of
 * whoever moves it on), then each place of the practice with who must act there. Empty steps are
 * left out so a small school's chart stays short on a phone.
 */
function progressRows(t: TFunction, d: Answer): BarRow<ActorAtPlace>[] {
  const none = { owner: 0, superior: 0, nobody: 0 };
  const planning = PLAN_PROGRESS.filter((s) => s !== "agreed").map((s) => ({
    id: `plan-${s}`,
    label: t("dashboard.progress.plan", { status: statusLabel(t, s) }),
    values: { ...none, [planNextActor(s)]: d.byPlanStatus[s] },
  }));
  const practice = d.practice.map((p) => ({
    id: `practice-${p.place}`,
    label:
      p.place === "not_open"
        ? t("dashboard.progress.notOpen")
        : p.place === "done"
          ? t("dashboard.progress.done")
          : t(`practice.stage.${p.place}`),
    values: { owner: p.owner, superior: p.superior, nobody: p.nobody },
  }));
  return [...planning, ...practice].filter((r) => ACTORS.some((a) => r.values[a] > 0));
}

/**
 * The KS's (or Plt's) dashboard of the school they head: the teachers they assess today, how many
 * in each phase, where each step of the path stands and who must act, who is overdue in planning
 * and which practice stages wait on them, with a link to each.
 */
export function SchoolDashboard({ schools }: { schools: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const back = useBackState("nav.dashboard");
  const theme = useMantineTheme();
  const [schoolId, setSchoolId] = useState<string | null>(schools[0]?.id ?? null);
  const [periodId, setPeriodId] = useState<string | null>(null);
  const query = useSchoolDashboard(schoolId, periodId);
  const d = query.data;
  const series: Series<ActorAtPlace>[] = [
    { key: "owner", label: t("dashboard.actor.owner"), color: theme.colors.blue[6] },
    { key: "superior", label: t("dashboard.actor.superior"), color: theme.colors.orange[6] },
    { key: "nobody", label: t("dashboard.actor.nobody"), color: theme.colors.gray[4] },
  ];
  const toQueue = (
    <Anchor component={Link} to={PATHS.reviewQueue} size="sm">
      {t("dashboard.seeQueue")}
    </Anchor>
  );

  return (
    <Stack gap="md" data-testid="school-dashboard">
      {schools.length > 1 && (
        <Select
          label={t("dashboard.school")}
          data={schools.map((s) => ({ value: s.id, label: s.name }))}
          value={schoolId}
          onChange={(v) => {
            setSchoolId(v);
            setPeriodId(null);
          }}
          allowDeselect={false}
          maw={360}
        />
      )}
      {query.isPending && <Loading />}
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      {d && (
        <>
          <Title order={2} fz="h4">
            {d.school.name}
          </Title>
          <Text size="sm" c="dimmed">
            {t("dashboard.introSchool", { school: d.school.name })}
          </Text>
          <PeriodSelect periods={d.periods} value={d.period?.id ?? null} onChange={setPeriodId} />
          {!d.period && <Alert color="blue">{t("dashboard.noPeriod")}</Alert>}
          {d.period && d.total === 0 && <Alert color="blue">{t("dashboard.emptySchool")}</Alert>}
          {d.total > 0 && (
            <>
              <SimpleGrid cols={3} spacing="xs">
                <Stat label={t("dashboard.stat.teachers")} value={d.total} />
                <Stat label={t("dashboard.stat.overdue")} value={d.planningOverdue.count} color="red" />
                <Stat label={t("dashboard.stat.waiting")} value={d.awaitingSuperior.count} color="orange" />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
                {PHASES.map((phase) => (
                  <Stat key={phase} label={t(`phase.${phase}`)} value={d.byPhase[phase]} />
                ))}
              </SimpleGrid>
              <Card withBorder padding="sm">
                <Stack gap="xs">
                  <Title order={3} fz="md">
                    {t("dashboard.progress.title")}
                  </Title>
                  <Text size="xs" c="dimmed">
                    {t("dashboard.progress.hint")}
                  </Text>
                  <StackedBars title={t("dashboard.progress.title")} rows={progressRows(t, d)} series={series} />
                </Stack>
              </Card>
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                <NamesCard
                  testId="overdue"
                  title={t("dashboard.overdue.title")}
                  hint={t("dashboard.overdue.hint")}
                  none={t("dashboard.overdue.none")}
                  color="red"
                  count={d.planningOverdue.count}
                  more={toQueue}
                >
                  {d.planningOverdue.first.map((r) => (
                    <List.Item key={r.cycleId}>
                      <Group gap="xs" wrap="wrap">
                        <Anchor component={Link} to={reviewPath(r.cycleId)} state={back} fw={500}>
                          {r.name}
                        </Anchor>
                        <PlanStatusBadge status={r.planStatus} />
                      </Group>
                    </List.Item>
                  ))}
                </NamesCard>
                <NamesCard
                  testId="waiting"
                  title={t("dashboard.waiting.title")}
                  hint={t("dashboard.waiting.hint")}
                  none={t("dashboard.waiting.none")}
                  color="orange"
                  count={d.awaitingSuperior.count}
                  more={toQueue}
                >
                  {d.awaitingSuperior.first.map((r) => (
                    <List.Item key={r.cycleId}>
                      <Anchor component={Link} to={`${PATHS.practice}/${r.cycleId}`} fw={500}>
                        {r.name}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {r.stages.map((s) => t(`practice.stage.${s}`)).join(", ")}
                      </Text>
                    </List.Item>
                  ))}
                </NamesCard>
              </SimpleGrid>
            </>
          )}
        </>
      )}
    </Stack>
  );
}
