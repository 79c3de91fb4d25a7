import { Alert, Group, NativeSelect, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../ui/ErrorAlert.js";
import { Loading } from "../ui/Loading.js";
import { LoadMore } from "../ui/LoadMore.js";
import { PageHeader } from "../ui/PageHeader.js";
import { usePlanningQueue } from "./hooks.js";
import { QUEUE_STATUSES, type QueueStatus, statusLabel } from "./labels.js";
import { QueueList } from "./QueueList.js";
import { QueueStats } from "./QueueStats.js";
import type { QueueFilter } from "./queue.js";

const FILTERS: QueueFilter[] = ["all", ...QUEUE_STATUSES, "overdue"];
const isFilter = (v: string): v is QueueFilter => FILTERS.some((f) => f === v);

/** "Perlu disetujui": the atasan's planning queue, waiting plans first, a page at a time. */
export function QueuePage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<QueueFilter>("all");
  const [query, setQuery] = useState("");
  const [debounced] = useDebouncedValue(query.trim(), 300);
  const queue = usePlanningQueue(filter, debounced);

  const header = <PageHeader title={t("review.title")} intro={t("review.intro")} />;
  if (queue.isPending) return <Loading />;
  if (queue.isError)
    return (
      <Stack>
        {header}
        <ErrorAlert error={queue.error} onRetry={() => void queue.refetch()} />
      </Stack>
    );
  const first = queue.data.pages[0];
  const counts: Partial<Record<QueueStatus, number>> = first?.counts ?? {};
  const overdue = first?.overdue ?? 0;
  const all = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const items = queue.data.pages.flatMap((p) => p.items);
  const option = (f: QueueFilter) => {
    if (f === "all") return t("review.filterAll", { n: all });
    if (f === "overdue") return t("review.filterCount", { label: t("review.overdue"), n: overdue });
    return t("review.filterCount", { label: statusLabel(t, f), n: counts[f] ?? 0 });
  };

  return (
    <Stack gap="md">
      {header}
      {all === 0 ? (
        <Alert color="blue">{t("review.empty")}</Alert>
      ) : (
        <>
          <QueueStats counts={counts} overdue={overdue} filter={filter} onFilter={setFilter} />
          <Group gap="sm" align="flex-end" grow preventGrowOverflow={false} wrap="wrap">
            <NativeSelect
              label={t("review.filter")}
              value={filter}
              onChange={(e) => {
                const v = e.currentTarget.value;
                if (isFilter(v)) setFilter(v);
              }}
              data={FILTERS.map((f) => ({ value: f, label: option(f) }))}
              miw={220}
            />
            <TextInput
              type="search"
              label={t("review.search")}
              placeholder={t("staff.search")}
              value={query}
              onChange={(e) => setQuery(e.currentTarget.value)}
              miw={220}
            />
          </Group>
          {items.length === 0 && !queue.hasNextPage ? (
            <Text c="dimmed">{t("review.emptyFilter")}</Text>
          ) : (
            <QueueList items={items} />
          )}
          <LoadMore pages={queue} shown={items.length} total={first?.total ?? 0} />
        </>
      )}
    </Stack>
  );
}
