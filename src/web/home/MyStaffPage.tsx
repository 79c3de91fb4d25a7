import { Alert, Paper, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PHASES } from "../../domain/cycles/phase.js";
import { useSession } from "../app/session.js";
import { usePlanningQueue } from "../review/hooks.js";
import { matches } from "../ui/format.js";
import { PageHeader } from "../ui/PageHeader.js";
import { type Assessee, AssesseeList } from "./AssesseeList.js";

function groupByPeriod(people: Assessee[]): [string, Assessee[]][] {
  const groups = new Map<string, Assessee[]>();
  for (const p of people) groups.set(p.periodName, [...(groups.get(p.periodName) ?? []), p]);
  return [...groups.entries()];
}

/** "Pegawai Saya": everyone I assess, as Kepala Sekolah, Plt, Tim Kinerja or Kepala Dinas. */
export function MyStaffPage() {
  const { t } = useTranslation();
  const me = useSession();
  const [query, setQuery] = useState("");
  const all = me.assesses;
  const shown = all.filter((p) => matches(p.name, query));
  // The queue knows each plan's status; without it the list still works, just without the badge.
  const queue = usePlanningQueue(all.length > 0);
  const planStatus = new Map((queue.data?.items ?? []).map((i) => [i.cycleId, i.status] as const));

  return (
    <Stack gap="md">
      <PageHeader title={t("staff.title")} intro={t("staff.intro")} />
      {all.length === 0 ? (
        <Alert color="blue">{t("staff.empty")}</Alert>
      ) : (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
            {PHASES.map((phase) => (
              <Paper key={phase} withBorder p="sm" radius="md">
                <Text size="xs" c="dimmed">
                  {t(`phase.${phase}`)}
                </Text>
                <Text fw={700} fz="lg">
                  {t("staff.perPhase", { n: all.filter((p) => p.phase === phase).length })}
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
          {shown.length === 0 && <Text c="dimmed">{t("staff.noResults")}</Text>}
          {groupByPeriod(shown).map(([period, people]) => (
            <Stack key={period} gap="xs">
              <Title order={3} fz="h4">
                {period}
              </Title>
              <AssesseeList people={people} planStatus={planStatus} />
            </Stack>
          ))}
        </>
      )}
    </Stack>
  );
}
