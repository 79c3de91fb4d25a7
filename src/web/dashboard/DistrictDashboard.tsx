import {
  Alert,
  Anchor,
  Card,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  useMantineTheme,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { PHASES, type Phase } from "../../domain/cycles/phase.js";
import { PLAN_PROGRESS, type PlanProgress } from "../../domain/dashboard/progress.js";
import type { DistrictDashboard as Answer } from "../../server/dashboard/contract.js";
import { statusLabel } from "../review/labels.js";
import { ErrorAlert } from "../ui/ErrorAlert.js";
import { Loading } from "../ui/Loading.js";
import { LoadMore } from "../ui/LoadMore.js";
import { useDistrictDashboard } from "./hooks.js";
import { PeriodSelect, Stat } from "./parts.js";
import { type BarRow, type Series, StackedBars } from "./StackedBars.js";

/** The results page (predikat distribution against the caps, finalisation), built on its own branch. */
const RESULTS_PATH = "/hasil-penilaian";

type School = Answer["schools"]["items"][number];
type Indicator = Answer["indicators"]["practice"][number];
type Count = "agreed" | "submitted";

function Indicators({ title, list }: { title: string; list: Indicator[] }) {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const series: Series<Count>[] = [
    { key: "agreed", label: t("dashboard.indicators.agreed"), color: theme.colors.teal[6] },
    { key: "submitted", label: t("dashboard.indicators.submitted"), color: theme.colors.blue[4] },
  ];
  const rows: BarRow<Count>[] = list.map((i) => ({
    id: i.code,
    label: i.name,
    values: { agreed: i.agreed, submitted: i.submitted },
  }));
  const any = list.some((i) => i.agreed + i.submitted > 0);
  return (
    <Stack gap="xs" data-testid="indicators">
      <Title order={3} fz="sm">
        {title}
      </Title>
      {any ? (
        <StackedBars title={title} rows={rows} series={series} />
      ) : (
        <Text size="sm" c="dimmed">
          {t("dashboard.indicators.none")}
        </Text>
      )}
    </Stack>
  );
}

/**
 * The Kepala Dinas's and the district admin's dashboard: how far every school is (largest first, a
 * page at a time, searchable: a district has hundreds of schools), by phase or by plan status, and
 * which indicators the plans chose, named by the period's rule set; the predikat distribution is on
 * the results page.
 */
export function DistrictDashboard() {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const [periodId, setPeriodId] = useState<string | null>(null);
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 300);
  const [by, setBy] = useState<"phase" | "status">("phase");
  const query = useDistrictDashboard(periodId, q);
  const first = query.data?.pages[0];
  const schools = query.data?.pages.flatMap((p) => p.schools.items) ?? [];

  const phaseSeries: Series<Phase>[] = [
    { key: "perencanaan", label: t("phase.perencanaan"), color: theme.colors.blue[6] },
    { key: "pelaksanaan", label: t("phase.pelaksanaan"), color: theme.colors.grape[6] },
    { key: "penilaian", label: t("phase.penilaian"), color: theme.colors.orange[6] },
    { key: "selesai", label: t("phase.selesai"), color: theme.colors.teal[6] },
  ];
  const statusColor: Record<PlanProgress, string> = {
    not_started: theme.colors.gray[4],
    draft: theme.colors.gray[6],
    returned: theme.colors.orange[6],
    submitted: theme.colors.blue[6],
    approved: theme.colors.teal[5],
    agreed: theme.colors.green[7],
  };
  const statusSeries: Series<PlanProgress>[] = PLAN_PROGRESS.map((s) => ({
    key: s,
    label: statusLabel(t, s),
    color: statusColor[s],
  }));
  const row = <K extends string>(s: School, values: Record<K, number>): BarRow<K> => ({
    id: s.schoolId,
    label: s.name,
    values,
  });

  return (
    <Stack gap="md" data-testid="district-dashboard">
      {query.isPending && <Loading />}
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      {first && (
        <>
          <Title order={2} fz="h4">
            {first.district.name}
          </Title>
          <Text size="sm" c="dimmed">
            {t("dashboard.introDistrict", { district: first.district.name })}
          </Text>
          <PeriodSelect periods={first.periods} value={first.period?.id ?? null} onChange={setPeriodId} />
          {!first.period && <Alert color="blue">{t("dashboard.noPeriod")}</Alert>}
          {first.period && first.totals.total === 0 && <Alert color="blue">{t("dashboard.emptyDistrict")}</Alert>}
          {first.totals.total > 0 && (
            <>
              <Text fw={600}>{t("dashboard.cyclesIn", { n: first.totals.total })}</Text>
              <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
                {PHASES.map((phase) => (
                  <Stat key={phase} label={t(`phase.${phase}`)} value={first.totals.byPhase[phase]} />
                ))}
              </SimpleGrid>
              <Card withBorder padding="sm" data-testid="schools">
                <Stack gap="xs">
                  <Title order={3} fz="md">
                    {t("dashboard.schools.title")}
                  </Title>
                  <Text size="xs" c="dimmed">
                    {t("dashboard.schools.hint")}
                  </Text>
                  <SegmentedControl
                    aria-label={t("dashboard.schools.show")}
                    value={by}
                    onChange={(v) => setBy(v === "status" ? "status" : "phase")}
                    data={[
                      { value: "phase", label: t("dashboard.schools.byPhase") },
                      { value: "status", label: t("dashboard.schools.byStatus") },
                    ]}
                    fullWidth
                  />
                  <TextInput
                    type="search"
                    placeholder={t("dashboard.schools.search")}
                    aria-label={t("dashboard.schools.search")}
                    value={search}
                    onChange={(e) => setSearch(e.currentTarget.value)}
                  />
                  {schools.length === 0 && !query.isFetching && (
                    <Text size="sm" c="dimmed">
                      {t("dashboard.schools.noResults")}
                    </Text>
                  )}
                  {schools.length > 0 &&
                    (by === "phase" ? (
                      <StackedBars
                        title={t("dashboard.schools.title")}
                        rows={schools.map((s) => row(s, s.byPhase))}
                        series={phaseSeries}
                      />
                    ) : (
                      <StackedBars
                        title={t("dashboard.schools.title")}
                        rows={schools.map((s) => row(s, s.byPlanStatus))}
                        series={statusSeries}
                      />
                    ))}
                  <LoadMore pages={query} shown={schools.length} total={first.schools.matching} />
                </Stack>
              </Card>
              <Card withBorder padding="sm">
                <Stack gap="md">
                  <Stack gap={4}>
                    <Title order={3} fz="md">
                      {t("dashboard.indicators.title")}
                    </Title>
                    <Text size="xs" c="dimmed">
                      {t("dashboard.indicators.hint")}
                    </Text>
                  </Stack>
                  <Indicators title={t("dashboard.indicators.practice")} list={first.indicators.practice} />
                  <Indicators title={t("dashboard.indicators.leadership")} list={first.indicators.leadership} />
                </Stack>
              </Card>
            </>
          )}
          <Card withBorder padding="sm">
            <Stack gap={4}>
              <Anchor component={Link} to={RESULTS_PATH} fw={600}>
                {t("dashboard.results.title")}
              </Anchor>
              <Text size="sm" c="dimmed">
                {t("dashboard.results.text")}
              </Text>
            </Stack>
          </Card>
        </>
      )}
    </Stack>
  );
}
