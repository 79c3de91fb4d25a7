import { Anchor, Badge, Button, Card, Group, SegmentedControl, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { ContractOutput } from "../../server/core/contract.js";
import { upcomingObservations } from "../../server/practice/contract.js";
import { callApi } from "../api/client.js";
import { PATHS } from "../app/access.js";
import { ErrorAlert } from "../ui/ErrorAlert.js";
import { formatDate } from "../ui/format.js";
import { Loading } from "../ui/Loading.js";
import { PageHeader } from "../ui/PageHeader.js";
import { CalendarFeed } from "./CalendarFeed.js";
import { ObservationCalendar } from "./ObservationCalendar.js";

type UpcomingObservation = ContractOutput<typeof upcomingObservations>["items"][number];

/** The atasan's upcoming observations in date order, each a tap from its practice page; also as a calendar file. */
export function ObservationsPage() {
  const { t } = useTranslation();
  const list = useQuery({ queryKey: ["observations"], queryFn: () => callApi(upcomingObservations, {}) });
  const [mode, setMode] = useState<"list" | "calendar">("list");
  return (
    <Stack gap="md">
      <PageHeader
        title={t("practice.observations.title")}
        intro={t("practice.observations.intro")}
        actions={
          <Button component="a" href="/api/practice/observations.ics" variant="light" download>
            {t("practice.observations.ics")}
          </Button>
        }
      />
      {list.isPending && <Loading />}
      <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      {list.data?.items.length === 0 && <Text c="dimmed">{t("practice.observations.empty")}</Text>}
      {list.data && list.data.items.length > 0 && (
        <SegmentedControl
          value={mode}
          onChange={(v) => setMode(v as "list" | "calendar")}
          data={[
            { value: "list", label: t("practice.calendar.list") },
            { value: "calendar", label: t("practice.calendar.month") },
          ]}
        />
      )}
      {list.data &&
        (mode === "calendar" ? (
          <ObservationCalendar items={list.data.items} start={list.data.items[0]?.date ?? ""}>
            {(shown) => <Cards items={shown} />}
          </ObservationCalendar>
        ) : (
          <Cards items={list.data.items} />
        ))}
      <CalendarFeed />
    </Stack>
  );
}

function Cards({ items }: { items: readonly UpcomingObservation[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {items.map((o) => (
        <Card key={o.cycleId} padding="sm">
          <Stack gap={4}>
            <Group justify="space-between" wrap="wrap" align="flex-start" gap={6}>
              {/* A date never breaks inside a word; the badges move below it on a narrow phone. */}
              <Text fw={600} style={{ whiteSpace: "nowrap" }}>
                {formatDate(o.date)}
                {o.time ? `, ${o.time}` : ""}
              </Text>
              <Group gap={4} wrap="nowrap">
                {o.mode !== "langsung" && (
                  <Badge color="grape" variant="light">
                    {t(o.mode === "catatan_mandiri" ? "practice.obsMode.selfBadge" : "practice.obsMode.videoBadge")}
                  </Badge>
                )}
                <Badge color={o.confirmed ? "teal" : "orange"} variant="light">
                  {t(o.confirmed ? "practice.observations.confirmed" : "practice.observations.toConfirm")}
                </Badge>
              </Group>
            </Group>
            <Anchor component={Link} to={`${PATHS.practice}/${o.cycleId}`} fw={600}>
              {o.name}
            </Anchor>
            <Text size="sm" c="dimmed">
              {[o.activity, o.subject, o.className && t("practice.observations.class", { name: o.className }), o.place]
                .filter(Boolean)
                .join(" · ")}
            </Text>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
