import { Alert, Paper, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PHASES } from "../../domain/cycles/phase.js";
import { usePlanningQueue } from "../review/hooks.js";
import { ErrorAlert } from "../ui/ErrorAlert.js";
import { Loading } from "../ui/Loading.js";
import { LoadMore } from "../ui/LoadMore.js";
import { PageHeader } from "../ui/PageHeader.js";
import { type Assessee, AssesseeList } from "./AssesseeList.js";

function groupByPeriod(people: Assessee[]): [string, Assessee[]][] {
  const groups = new Map<string, Assessee[]>();
  for (const p of people) groups.set(p.periodName, [...(groups.get(p.periodName) ?? []), p]);
  return [...groups.entries()];
}

/**
 * "Pegawai Saya": everyone I assess, as Kepala Sekolah, Plt, Tim Kinerja or Kepala Dinas. The same
 * people as "Perlu disetujui", read from the same paginated queue (searched on the server); the
 * counts per phase cover all of them.
 */
export function MyStaffPage() {
  const { t } = useTranslation();
  const [query, setQuery] = useState("");
  const [debounced] = useDebouncedValue(query.trim(), 300);
  const queue = usePlanningQueue("all", debounced);
  const first = queue.data?.pages[0];
  const byPhase = first?.byPhase ?? {};
  const all = Object.values(byPhase).reduce((sum, n) => sum + n, 0);
  const shown = queue.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Stack gap="md">
      <PageHeader title={t("staff.title")} intro={t("staff.intro")} />
      {queue.isPending && <Loading />}
      <ErrorAlert error={queue.error} onRetry={() => void queue.refetch()} />
      {queue.isSuccess && all === 0 && <Alert color="blue">{t("staff.empty")}</Alert>}
      {all > 0 && (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
            {PHASES.map((phase) => (
              <Paper key={phase} withBorder p="sm" radius="md">
                <Text size="xs" c="dimmed">
                  {t(`phase.${phase}`)}
                </Text>
                <Text fw={700} fz="lg">
                  {t("staff.perPhase", { n: byPhase[phase] ?? 0 })}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
          <TextInput
            type="search"
            placeholder={t("staff.search")}
            aria-label={t("staff.search")}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
          />
          {shown.length === 0 && !queue.hasNextPage && <Text c="dimmed">{t("staff.noResults")}</Text>}
          {groupByPeriod(shown).map(([period, people]) => (
            <Stack key={period} gap="xs">
              <Title order={2} fz="h4">
                {period}
              </Title>
              <AssesseeList people={people} />
            </Stack>
          ))}
          <LoadMore pages={queue} shown={shown.length} total={first?.total ?? 0} />
        </>
      )}
    </Stack>
  );
}
