import { Button, Group, Stack, Switch, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useToday } from "../../auth/hooks.js";
import { ErrorAlert } from "../../ui/ErrorAlert.js";
import { matches } from "../../ui/format.js";
import { Loading } from "../../ui/Loading.js";
import { PageHeader } from "../../ui/PageHeader.js";
import { useDistrictId } from "../district.js";
import { AddAssignmentModal } from "./AddAssignmentModal.js";
import { AssignmentList, isActive } from "./AssignmentList.js";
import { useAssignments } from "./hooks.js";

export function AssignmentsPage() {
  const { t } = useTranslation();
  const districtId = useDistrictId();
  const assignments = useAssignments(districtId);
  const [query, setQuery] = useState("");
  const [showEnded, setShowEnded] = useState(false);
  const today = useToday();
  const [adding, setAdding] = useState(false);

  const list = (assignments.data?.assignments ?? [])
    .filter((a) => showEnded || isActive(a, today) || a.startsOn > today)
    .filter((a) => matches(a.personName, query) || matches(a.schoolName, query));

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
        <Switch
          label={t("assignments.showEnded")}
          checked={showEnded}
          onChange={(e) => setShowEnded(e.currentTarget.checked)}
        />
      </Group>
      {assignments.isPending && <Loading />}
      <ErrorAlert error={assignments.error} onRetry={() => void assignments.refetch()} />
      {assignments.isSuccess && list.length === 0 && <Text c="dimmed">{t("assignments.empty")}</Text>}
      {list.length > 0 && <AssignmentList assignments={list} canEnd />}
    </Stack>
  );
}
