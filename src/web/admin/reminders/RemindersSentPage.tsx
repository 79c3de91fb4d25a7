import { Badge, Card, Group, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../ui/ErrorAlert.js";
import { formatDate } from "../../ui/format.js";
import { Loading } from "../../ui/Loading.js";
import { LoadMore } from "../../ui/LoadMore.js";
import { PageHeader } from "../../ui/PageHeader.js";
import { useDistrictId } from "../district.js";
import { useRemindersSent } from "./hooks.js";

/** "Pengingat terkirim": what the deadline job sent in the district, about whom and to whom. */
export function RemindersSentPage() {
  const { t } = useTranslation();
  const districtId = useDistrictId();
  const [query, setQuery] = useState("");
  const [debounced] = useDebouncedValue(query.trim(), 300);
  const sent = useRemindersSent(districtId, debounced);
  const list = sent.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack gap="md">
      <PageHeader title={t("mail.log.title")} intro={t("mail.log.intro")} />
      <TextInput
        type="search"
        aria-label={t("mail.log.search")}
        placeholder={t("mail.log.search")}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      {sent.isPending && <Loading />}
      <ErrorAlert error={sent.error} onRetry={() => void sent.refetch()} />
      {sent.isSuccess && list.length === 0 && (
        <Text c="dimmed">{t(debounced ? "common.noMatch" : "mail.log.empty")}</Text>
      )}
      {list.map((r) => (
        <Card key={`${r.cycleId}-${r.phase}-${r.kind}-${r.days}`} padding="sm">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Text fw={600}>{r.about.name}</Text>
            <Badge color={r.kind === "escalation" ? "red" : "blue"} variant="light">
              {formatDate(r.sentAt)}
            </Badge>
          </Group>
          <Text size="sm">
            {t(`mail.log.${r.kind}`, {
              days: r.days,
              phase: t(`notifications.phase.${r.phase as "perencanaan"}`),
              closesOn: formatDate(r.closesOn),
            })}
          </Text>
          <Text size="sm" c="dimmed">
            {t("mail.log.to")}: {r.recipients.map((p) => p.name).join(", ")}
          </Text>
        </Card>
      ))}
      {list.length > 0 && <LoadMore pages={sent} shown={list.length} />}
    </Stack>
  );
}
