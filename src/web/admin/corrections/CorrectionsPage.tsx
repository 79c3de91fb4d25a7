import { SegmentedControl, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../ui/ErrorAlert.js";
import { Loading } from "../../ui/Loading.js";
import { LoadMore } from "../../ui/LoadMore.js";
import { PageHeader } from "../../ui/PageHeader.js";
import { CorrectionList } from "./CorrectionList.js";
import { type CorrectionFilter, useCorrections } from "./hooks.js";
import { ResolveCorrectionModal } from "./ResolveCorrectionModal.js";

const FILTERS: CorrectionFilter[] = ["open", "resolved", "all"];
const isFilter = (v: string): v is CorrectionFilter => FILTERS.some((f) => f === v);

/** "Koreksi data": pegawai reports of wrong staff data, for the operator (own school) or admin (district). */
export function CorrectionsPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<CorrectionFilter>("open");
  // The id only: the modal reads the latest row, so an edit of the person's data shows at once.
  const [resolvingId, setResolvingId] = useState<string | null>(null);
  const [query, setQuery] = useState("");
  const [debounced] = useDebouncedValue(query.trim(), 300);
  const corrections = useCorrections(filter, debounced);
  const list = corrections.data?.pages.flatMap((p) => p.corrections) ?? [];
  const resolving = list.find((c) => c.id === resolvingId) ?? null;
  const person = corrections.data?.pages.flatMap((p) => p.people).find((p) => p.id === resolving?.personId);

  return (
    <Stack gap="md">
      <PageHeader title={t("correctionsAdmin.title")} intro={t("correctionsAdmin.intro")} />
      {resolving && (
        <ResolveCorrectionModal correction={resolving} person={person} onClose={() => setResolvingId(null)} />
      )}
      <SegmentedControl
        value={filter}
        onChange={(v) => isFilter(v) && setFilter(v)}
        data={FILTERS.map((f) => ({ value: f, label: t(`correctionsAdmin.status.${f}`) }))}
        w={{ base: "100%", sm: "auto" }}
        style={{ alignSelf: "flex-start" }}
      />
      <TextInput
        type="search"
        aria-label={t("correctionsAdmin.search")}
        placeholder={t("correctionsAdmin.search")}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      {corrections.isPending && <Loading />}
      <ErrorAlert error={corrections.error} onRetry={() => void corrections.refetch()} />
      {corrections.isSuccess && list.length === 0 && (
        <Text c="dimmed">
          {debounced
            ? t("common.noMatch")
            : filter === "open"
              ? t("correctionsAdmin.emptyOpen")
              : t("correctionsAdmin.empty")}
        </Text>
      )}
      {list.length > 0 && <CorrectionList corrections={list} onResolve={(c) => setResolvingId(c.id)} />}
      {list.length > 0 && <LoadMore pages={corrections} shown={list.length} />}
    </Stack>
  );
}
