import { Anchor, Badge, Button, Card, Group, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { upcomingObservations } from "../../server/practice/contract.js";
import { callApi } from "../api/client.js";
import { PATHS } from "../app/access.js";
import { ErrorAlert } from "../ui/ErrorAlert.js";
import { formatDate } from "../ui/format.js";
import { Loading } from "../ui/Loading.js";
import { PageHeader } from "../ui/PageHeader.js";

/** The atasan's upcoming observations in date order, each a tap from its practice page; also as a calendar file. */
export function ObservationsPage() {
  const { t } = useTranslation();
  const list = useQuery({ queryKey: ["observations"], queryFn: () => callApi(upcomingObservations, {}) });
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
      {list.data?.items.map((o) => (
        <Card key={o.cycleId} padding="sm">
          <Stack gap={4}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Text fw={600}>
                {formatDate(o.date)}
                {o.time ? `, ${o.time}` : ""}
              </Text>
              <Badge color={o.confirmed ? "teal" : "orange"} variant="light" style={{ flexShrink: 0 }}>
                {t(o.confirmed ? "practice.observations.confirmed" : "practice.observations.toConfirm")}
              </Badge>
            </Group>
            <Anchor component={Link} to={`${PATHS.practice}/${o.cycleId}`} fw={600}>
              {o.name}
            </Anchor>
            <Text size="sm" c="dimmed">
              {[o.subject, o.className && t("practice.observations.class", { name: o.className }), o.place]
                .filter(Boolean)
                .join(" · ")}
            </Text>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
