import { Alert, Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { PATHS } from "../app/access.js";
import { useSession } from "../app/session.js";
import { usePlanningQueue } from "../review/hooks.js";
import { reviewPath, useBackState } from "../review/paths.js";
import { QueueFlags } from "../review/QueueList.js";
import type { QueueItem } from "../review/queue.js";
import { ErrorAlert } from "../ui/ErrorAlert.js";
import { Loading } from "../ui/Loading.js";
import { LoadMore } from "../ui/LoadMore.js";
import { PageHeader } from "../ui/PageHeader.js";

/** Where a person's work is: their practice once the plan is agreed, the plan before. */
const workPath = (i: QueueItem) => (i.status === "agreed" ? `${PATHS.practice}/${i.cycleId}` : reviewPath(i.cycleId));

/** Something of theirs waits on me (as Tim Kinerja or Kepala Dinas): a plan, a stage, a reopen request. */
export const waitsOnMe = (i: QueueItem) =>
  i.status === "submitted" || i.pendingReopen || (i.practice?.awaitingSuperior.length ?? 0) > 0;

function Recommendation({ item }: { item: QueueItem }) {
  const { t } = useTranslation();
  const r = item.recommendation;
  if (!r)
    return (
      <Text size="sm" c="dimmed">
        {t("timKinerja.workspace.noRecommendation")}
      </Text>
    );
  if (r.status === "draft" || !r.predikat) {
    return (
      <Text size="sm" c="dimmed">
        {t("timKinerja.workspace.recommendationDraft")}
      </Text>
    );
  }
  return (
    <Group gap={6} wrap="wrap">
      <Text size="sm">{t("timKinerja.workspace.recommended")}</Text>
      <Badge color="teal" variant="light">
        {t(`predikat.${r.predikat}`)}
      </Badge>
      {r.hasilKerja && r.perilaku && (
        <Text size="xs" c="dimmed">
          {t("timKinerja.workspace.ratings", {
            hasil: t(`expectation.${r.hasilKerja}`),
            perilaku: t(`expectation.${r.perilaku}`),
          })}
        </Text>
      )}
    </Group>
  );
}

function SubjectCard({ item }: { item: QueueItem }) {
  const { t } = useTranslation();
  const back = useBackState("nav.timKinerja");
  return (
    <Card padding="sm" withBorder data-testid="tim-subject">
      <Stack gap={4}>
        <Anchor component={Link} to={workPath(item)} state={back} fw={600}>
          {item.name}
        </Anchor>
        <Text size="sm">{[t(`track.${item.track}`), item.schoolName].filter(Boolean).join(" · ")}</Text>
        <Group gap="xs">
          <QueueFlags item={item} />
        </Group>
        <Text size="xs" c="dimmed" style={{ overflowWrap: "anywhere" }}>
          {item.timKinerja.length > 0
            ? t("timKinerja.workspace.members", { names: item.timKinerja.join(", ") })
            : t("timKinerja.workspace.noMembers")}
        </Text>
        <Recommendation item={item} />
      </Stack>
    </Card>
  );
}

/**
 * The Tim Kinerja workspace (issue 9 §4): the principals and supervisors I observe and rate — or,
 * for the Kepala Dinas, every one in the district — with each one's stage, who observes them, what
 * waits on me, and the members' recommendations. Upcoming observations are the Jadwal observasi
 * page (list, calendar, .ics); the rating forms are the practice pages each card leads to.
 */
export function TimKinerjaPage() {
  const { t } = useTranslation();
  const me = useSession();
  const head = me.roles.includes("kepala_dinas");
  const [query, setQuery] = useState("");
  const [debounced] = useDebouncedValue(query.trim(), 300);
  const queue = usePlanningQueue("all", debounced, "leaders");
  const first = queue.data?.pages[0];
  const all = Object.values(first?.byPhase ?? {}).reduce((sum, n) => sum + n, 0);
  const shown = queue.data?.pages.flatMap((p) => p.items) ?? [];
  const waiting = shown.filter(waitsOnMe);
  const recommended = shown.filter((i) => i.recommendation?.status === "submitted").length;

  return (
    <Stack gap="md">
      <PageHeader
        title={t(head ? "timKinerja.workspace.titleHead" : "timKinerja.workspace.title")}
        intro={t(head ? "timKinerja.workspace.introHead" : "timKinerja.workspace.intro")}
      />
      <Group gap="xs">
        <Button component={Link} to={PATHS.observations} variant="light">
          {t("timKinerja.workspace.schedule")}
        </Button>
      </Group>
      {queue.isPending && <Loading />}
      <ErrorAlert error={queue.error} onRetry={() => void queue.refetch()} />
      {queue.isSuccess && all === 0 && <Alert color="blue">{t("timKinerja.workspace.empty")}</Alert>}
      {all > 0 && (
        <>
          <SimpleGrid cols={{ base: 3 }} spacing="xs">
            <Stat label={t("timKinerja.workspace.statAll")} value={all} />
            <Stat label={t("timKinerja.workspace.statWaiting")} value={waiting.length} />
            <Stat label={t("timKinerja.workspace.statRecommended")} value={recommended} />
          </SimpleGrid>
          {waiting.length > 0 && (
            <Stack gap="xs">
              <Title order={2} fz="h4">
                {t("timKinerja.workspace.waiting")}
              </Title>
              {waiting.map((i) => (
                <SubjectCard key={`w-${i.cycleId}`} item={i} />
              ))}
            </Stack>
          )}
          <Title order={2} fz="h4">
            {t("timKinerja.workspace.everyone")}
          </Title>
          <TextInput
            type="search"
            placeholder={t("staff.search")}
            aria-label={t("staff.search")}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
          />
          {shown.length === 0 && !queue.hasNextPage && <Text c="dimmed">{t("staff.noResults")}</Text>}
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs">
            {shown.map((i) => (
              <SubjectCard key={i.cycleId} item={i} />
            ))}
          </SimpleGrid>
          <LoadMore pages={queue} shown={shown.length} total={first?.total ?? 0} />
        </>
      )}
    </Stack>
  );
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz="lg">
        {value}
      </Text>
    </Card>
  );
}
