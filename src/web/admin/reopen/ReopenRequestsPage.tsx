import { Anchor, Badge, Card, Group, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { PracticeStage } from "../../../domain/practice/stages.js";
import { PATHS } from "../../app/access.js";
import { reviewPath, useBackState } from "../../review/paths.js";
import { ErrorAlert } from "../../ui/ErrorAlert.js";
import { formatDate } from "../../ui/format.js";
import { Loading } from "../../ui/Loading.js";
import { LoadMore } from "../../ui/LoadMore.js";
import { PageHeader } from "../../ui/PageHeader.js";
import { useDistrictId } from "../district.js";
import { useReopenRequests } from "./hooks.js";

const COLOR = { pending: "orange", approved: "teal", refused: "gray" } as const;

/** "Buka kembali": the district's reopen requests, pending first; each opens the plan to decide there. */
export function ReopenRequestsPage() {
  const { t } = useTranslation();
  const districtId = useDistrictId();
  const [query, setQuery] = useState("");
  const [debounced] = useDebouncedValue(query.trim(), 300);
  const requests = useReopenRequests(districtId, debounced);
  const list = requests.data?.pages.flatMap((p) => p.requests) ?? [];
  const back = useBackState("reopenAdmin.title");
  return (
    <Stack gap="md">
      <PageHeader title={t("reopenAdmin.title")} intro={t("reopenAdmin.intro")} />
      <TextInput
        type="search"
        aria-label={t("correctionsAdmin.search")}
        placeholder={t("correctionsAdmin.search")}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      {requests.isPending && <Loading />}
      <ErrorAlert error={requests.error} onRetry={() => void requests.refetch()} />
      {requests.isSuccess && list.length === 0 && (
        <Text c="dimmed">{t(debounced ? "common.noMatch" : "reopenAdmin.empty")}</Text>
      )}
      {list.map((r) => (
        <Card key={r.id} padding="sm">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={0}>
              <Anchor
                component={Link}
                to={r.documentKind === "plan" ? reviewPath(r.cycleId) : `${PATHS.practice}/${r.cycleId}`}
                state={back}
                fw={600}
              >
                {r.personName}
              </Anchor>
              <Text size="xs" c="dimmed">
                {r.documentKind === "plan"
                  ? t("reopenAdmin.ofPlan")
                  : t(`practice.stage.${r.documentKind as PracticeStage}`)}
              </Text>
            </Stack>
            <Badge color={COLOR[r.status]} variant="light">
              {t(`reopenAdmin.status.${r.status}`)}
            </Badge>
          </Group>
          {r.schoolName && (
            <Text size="sm" c="dimmed">
              {r.schoolName}
            </Text>
          )}
          <Text size="sm" mt={4}>
            {r.reason}
          </Text>
          <Text size="xs" c="dimmed" mt={4}>
            {formatDate(r.createdAt)}
            {r.decidedByName && ` · ${t("reopenAdmin.decidedBy", { name: r.decidedByName })}`}
          </Text>
        </Card>
      ))}
      {list.length > 0 && <LoadMore pages={requests} shown={list.length} />}
    </Stack>
  );
}
