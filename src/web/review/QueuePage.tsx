import { Alert, Group, NativeSelect, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../ui/ErrorAlert.js";
import { matches } from "../ui/format.js";
import { Loading } from "../ui/Loading.js";
import { PageHeader } from "../ui/PageHeader.js";
import { usePlanningQueue } from "./hooks.js";
import { QUEUE_STATUSES, statusLabel } from "./labels.js";
import { QueueList } from "./QueueList.js";
import { QueueStats } from "./QueueStats.js";
import { filterQueue, type QueueFilter } from "./queue.js";

const FILTERS: QueueFilter[] = ["all", ...QUEUE_STATUSES, "overdue"];
const isFilter = (v: string): v is QueueFilter => FILTERS.some((f) => f === v);

/** "Perlu disetujui": the atasan's planning queue, waiting plans first. */
export function QueuePage() {
  const { t } = useTranslation();
  const queue = usePlanningQueue();
  const [filter, setFilter] = useState<QueueFilter>("all");
  const [query, setQuery] = useState("");

  const header = <PageHeader title={t("review.title")} intro={t("review.intro")} />;
  if (queue.isPending) return <Loading />;
  if (queue.isError)
    return (
      <Stack>
        {header}
        <ErrorAlert error={queue.error} onRetry={() => void queue.refetch()} />
      </Stack>
    );
  const { counts, overdue, items } = queue.data;
  const shown = filterQueue(items, filter).filter((i) => matches(i.name, query) || matches(i.nip, query));
  const option = (f: QueueFilter) => {
    if (f === "all") return t("review.filterAll", { n: items.length });
    if (f === "overdue") return t("review.filterCount", { label: t("review.overdue"), n: overdue });
    return t("review.filterCount", { label: statusLabel(t, f), n: counts[f] ?? 0 });
  };

  return (
    <Stack gap="md">
      {header}
      {items.length === 0 ? (
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
          {shown.length === 0 ? <Text c="dimmed">{t("review.emptyFilter")}</Text> : <QueueList items={shown} />}
        </>
      )}
    </Stack>
  );
}
