import { Button, Group, NativeSelect, Stack, Switch, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ASSIGNMENT_KINDS, type AssignmentKind } from "../../../domain/org/types.js";
import { searchesWordStartsOnly } from "../../../domain/validation/vocabulary.js";
import { ErrorAlert } from "../../ui/ErrorAlert.js";
import { Loading } from "../../ui/Loading.js";
import { LoadMore, totalLabel } from "../../ui/LoadMore.js";
import { PageHeader } from "../../ui/PageHeader.js";
import { useDistrictId } from "../district.js";
import { AddAssignmentModal } from "./AddAssignmentModal.js";
import { AssignmentList } from "./AssignmentList.js";
import { useAssignments } from "./hooks.js";

/** The district's assignments, searched and filtered on the server, a page at a time. */
export function AssignmentsPage() {
  const { t } = useTranslation();
  const districtId = useDistrictId();
  const [query, setQuery] = useState("");
  const [debounced] = useDebouncedValue(query.trim(), 300);
  const [kind, setKind] = useState<AssignmentKind | null>(null);
  const [showEnded, setShowEnded] = useState(false);
  const [adding, setAdding] = useState(false);
  const assignments = useAssignments(districtId, { q: debounced, kind, state: showEnded ? "all" : "current" });
  const first = assignments.data?.pages[0];
  const list = assignments.data?.pages.flatMap((p) => p.assignments) ?? [];
  const allCount = Object.values(first?.byKind ?? {}).reduce((sum, n) => sum + n, 0);
  // A search counts each kind to 100 ("100+").
  const capped = first?.cappedKinds ?? [];
  const kindOptions = [
    { value: "", label: `${t("common.allKinds")} (${totalLabel(allCount, capped.length > 0)})` },
    ...ASSIGNMENT_KINDS.map((k) => ({
      value: k,
      label: `${t(`assignmentKind.${k}`)} (${totalLabel(first?.byKind[k] ?? 0, capped.includes(k))})`,
    })),
  ];

  return (
    <Stack gap="md">
      <PageHeader
        title={t("assignments.title")}
        intro={t("assignments.intro")}
        actions={<Button onClick={() => setAdding(true)}>{t("assignments.add")}</Button>}
      />
      {adding && districtId && <AddAssignmentModal districtId={districtId} onClose={() => setAdding(false)} />}
      <Group gap="md" align="center">
        <TextInput
          type="search"
          aria-label={t("assignments.filter")}
          placeholder={t("assignments.filter")}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          style={{ flex: "1 1 220px" }}
        />
        <NativeSelect
          aria-label={t("assignments.kind")}
          data={kindOptions}
          value={kind ?? ""}
          onChange={(e) => setKind((e.currentTarget.value || null) as AssignmentKind | null)}
        />
        <Switch
          label={t("assignments.showEnded")}
          checked={showEnded}
          onChange={(e) => setShowEnded(e.currentTarget.checked)}
        />
      </Group>
      {searchesWordStartsOnly(debounced) && (
        <Text size="xs" c="dimmed">
          {t("common.wordStartsOnly")}
        </Text>
      )}
      {assignments.isPending && <Loading />}
      <ErrorAlert error={assignments.error} onRetry={() => void assignments.refetch()} />
      {/* Nothing found is not "nothing yet": say which, so an admin does not think the district empty. */}
      {assignments.isSuccess && list.length === 0 && (
        <Text c="dimmed">{t(debounced || kind ? "assignments.noMatch" : "assignments.empty")}</Text>
      )}
      {list.length > 0 && <AssignmentList assignments={list} canEnd />}
      {list.length > 0 && (
        <LoadMore
          pages={assignments}
          shown={list.length}
          total={first?.total ?? 0}
          capped={first?.totalCapped ?? false}
        />
      )}
    </Stack>
  );
}
