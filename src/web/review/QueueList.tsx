import { Anchor, Badge, Card, Group, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { formatDate } from "../ui/format.js";
import { useIsDesktop } from "../ui/useIsDesktop.js";
import { asLabel } from "./labels.js";
import { reviewPath } from "./paths.js";
import type { QueueItem } from "./queue.js";
import { PlanStatusBadge } from "./StatusBadge.js";

/** "Jalur" and "Guru" on one line: the column is narrow on a laptop, and a word broken in two reads badly. */
const NO_WRAP = { whiteSpace: "nowrap" } as const;

/** A queued person's plan status, lateness, practice stage and pending reopen request, as badges. */
export function QueueFlags({ item }: { item: QueueItem }) {
  const { t } = useTranslation();
  return (
    <>
      <PlanStatusBadge status={item.status} />
      {item.overdue && (
        <Badge color="red" variant="filled">
          {t("review.overdue")}
        </Badge>
      )}
      {item.practice && (
        <Badge color={item.practice.nextActor === "superior" ? "teal" : "blue"} variant="light">
          {item.practice.done
            ? t("review.practiceDone")
            : item.practice.stage
              ? `${t(`practice.stage.${item.practice.stage}`)}${
                  item.practice.nextActor
                    ? ` · ${t(item.practice.nextActor === "superior" ? "practice.waitsOnYou" : "practice.waitsOnGuru")}`
                    : ""
                }`
              : t("review.practiceNotOpen")}
        </Badge>
      )}
      {item.pendingReopen && (
        <Badge color="grape" variant="light">
          {t("review.pendingReopen")}
        </Badge>
      )}
    </>
  );
}

/** The people whose plans I review: a table on wide screens, tappable cards on phones. */
export function QueueList({ items }: { items: QueueItem[] }) {
  const { t } = useTranslation();
  const desktop = useIsDesktop();
  const dash = t("common.none");
  const submitted = (i: QueueItem) => (i.submittedAt ? formatDate(i.submittedAt) : dash);

  if (!desktop) {
    return (
      <Stack gap="xs">
        {items.map((i) => (
          <Card key={i.cycleId} component={Link} to={reviewPath(i.cycleId)} padding="sm">
            <Stack gap={4}>
              <Text fw={600}>{i.name}</Text>
              <Text size="xs" c="dimmed" className="nip">
                {i.nip ?? dash}
              </Text>
              <Text size="sm">{[t(`track.${i.track}`), i.schoolName].filter(Boolean).join(" · ")}</Text>
              <Group gap={6}>
                <QueueFlags item={i} />
              </Group>
              <Text size="xs" c="dimmed">
                {i.submittedAt ? t("review.submittedOn", { date: submitted(i) }) : t("review.notSubmitted")} ·{" "}
                {asLabel(t, i.as)}
              </Text>
            </Stack>
          </Card>
        ))}
      </Stack>
    );
  }

  return (
    <Table striped highlightOnHover verticalSpacing="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("staff.name")}</Table.Th>
          <Table.Th>{t("staff.school")}</Table.Th>
          <Table.Th style={NO_WRAP}>{t("staff.track")}</Table.Th>
          <Table.Th miw={200}>{t("review.statusColumn")}</Table.Th>
          <Table.Th>{t("review.submittedColumn")}</Table.Th>
          <Table.Th>{t("staff.as")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((i) => (
          <Table.Tr key={i.cycleId}>
            <Table.Td>
              <Anchor component={Link} to={reviewPath(i.cycleId)} fw={600}>
                {i.name}
              </Anchor>
              <Text size="xs" c="dimmed" className="nip">
                {i.nip ?? dash}
              </Text>
            </Table.Td>
            <Table.Td>{i.schoolName ?? dash}</Table.Td>
            <Table.Td style={NO_WRAP}>{t(`track.${i.track}`)}</Table.Td>
            <Table.Td>
              <Group gap={4}>
                <QueueFlags item={i} />
              </Group>
            </Table.Td>
            <Table.Td>{submitted(i)}</Table.Td>
            <Table.Td>{asLabel(t, i.as)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
