import { Group, NativeSelect, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CYCLE_TRACKS, type CycleTrack } from "../../../domain/org/assessors.js";
import { PLAN_STATUSES, type PlanStatus } from "../../../domain/planning/state.js";
import { searchesWordStartsOnly } from "../../../domain/validation/vocabulary.js";
import { ErrorAlert } from "../../ui/ErrorAlert.js";
import { Loading } from "../../ui/Loading.js";
import { LoadMore } from "../../ui/LoadMore.js";
import { CycleRows } from "./CycleRows.js";
import { usePeriodCycles } from "./hooks.js";

type Status = PlanStatus | "not_started";
const STATUSES: Status[] = ["not_started", ...PLAN_STATUSES];

/** Every cycle of the period, searched and filtered on the server, a page at a time. */
export function PeriodCycles({
  periodId,
  byPlanStatus,
}: {
  periodId: string;
  byPlanStatus: Partial<Record<Status, number>>;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState("");
  const [debounced] = useDebouncedValue(query.trim(), 300);
  const [status, setStatus] = useState<Status | "">("");
  const [track, setTrack] = useState<CycleTrack | "">("");
  const cycles = usePeriodCycles(periodId, {
    superior: "any",
    ...(debounced ? { q: debounced } : {}),
    ...(status ? { status } : {}),
    ...(track ? { track } : {}),
  });
  const list = cycles.data?.pages.flatMap((p) => p.cycles) ?? [];
  const total = cycles.data?.pages[0]?.total ?? 0;
  const capped = cycles.data?.pages[0]?.totalCapped ?? false;
  const all = Object.values(byPlanStatus).reduce((sum, n) => sum + n, 0);

  return (
    <Stack gap="xs">
      <Title order={2} fz="h4">
        {t("periods.allCycles")} ({all})
      </Title>
      <Group gap="sm" align="center">
        <TextInput
          type="search"
          aria-label={t("periods.search")}
          placeholder={t("periods.search")}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          style={{ flex: "1 1 220px" }}
        />
        <NativeSelect
          aria-label={t("review.statusColumn")}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as Status | "")}
          data={[
            { value: "", label: t("review.filterAll", { n: all }) },
            ...STATUSES.map((s) => ({
              value: s,
              label: t("review.filterCount", { label: t(`review.status.${s}`), n: byPlanStatus[s] ?? 0 }),
            })),
          ]}
        />
        <NativeSelect
          aria-label={t("staff.track")}
          value={track}
          onChange={(e) => setTrack(e.currentTarget.value as CycleTrack | "")}
          data={[
            { value: "", label: t("common.allKinds") },
            ...CYCLE_TRACKS.map((k) => ({ value: k, label: t(`track.${k}`) })),
          ]}
        />
      </Group>
      {searchesWordStartsOnly(debounced) && (
        <Text size="xs" c="dimmed">
          {t("common.wordStartsOnly")}
        </Text>
      )}
      {cycles.isPending && <Loading />}
      <ErrorAlert error={cycles.error} onRetry={() => void cycles.refetch()} />
      {cycles.isSuccess && list.length === 0 && (
        <Text c="dimmed">{all === 0 ? t("periods.noCycles") : t("review.emptyFilter")}</Text>
      )}
      {list.length > 0 && <CycleRows cycles={list} />}
      {list.length > 0 && <LoadMore pages={cycles} shown={list.length} total={total} capped={capped} />}
    </Stack>
  );
}

/** The cycles without an atasan (they need the admin), a page at a time. */
export function MissingSuperiorCycles({ periodId }: { periodId: string }) {
  const cycles = usePeriodCycles(periodId, { superior: "missing" }, 20);
  const list = cycles.data?.pages.flatMap((p) => p.cycles) ?? [];
  return (
    <>
      <ErrorAlert error={cycles.error} onRetry={() => void cycles.refetch()} />
      {list.length > 0 && <CycleRows cycles={list} />}
      {list.length > 0 && (
        <LoadMore
          pages={cycles}
          shown={list.length}
          total={cycles.data?.pages[0]?.total ?? 0}
          capped={cycles.data?.pages[0]?.totalCapped ?? false}
        />
      )}
    </>
  );
}
