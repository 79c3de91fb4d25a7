import { Anchor, Badge, Card, Group, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { reviewPath, useBackState } from "../review/paths.js";
import type { QueueItem } from "../review/queue.js";
import { PlanStatusBadge } from "../review/StatusBadge.js";
import { useIsDesktop } from "../ui/useIsDesktop.js";

// A short word ("Guru") or a badge never wraps or ends in "…": the columns take their width and
// the names and schools wrap instead.
const NO_WRAP = { whiteSpace: "nowrap" } as const;
const FULL_BADGE = { overflow: "visible", minWidth: "max-content" } as const;

export type Assessee = QueueItem;

const PHASE_COLOR = { perencanaan: "blue", pelaksanaan: "grape", penilaian: "orange", selesai: "teal" } as const;

type Props = { people: Assessee[] };

/**
 * People I assess, each linked to their plan review page, with the plan's status: a table on
 * wide screens, cards on phones (no sideways scrolling at 360 px).
 */
export function AssesseeList({ people }: Props) {
  const { t } = useTranslation();
  const back = useBackState("nav.staff");
  const desktop = useIsDesktop();
  const dash = t("common.none");
  const plan = (p: Assessee) => <PlanStatusBadge status={p.status} />;

  if (!desktop) {
    return (
      <Stack gap="xs">
        {people.map((p) => (
          <Card key={p.cycleId} padding="sm" component={Link} to={reviewPath(p.cycleId)} state={back}>
            <Stack gap={4}>
              <Text fw={600}>{p.name}</Text>
              <Text size="xs" c="dimmed" className="nip">
                {p.nip ?? dash}
              </Text>
              <Text size="sm">{[t(`track.${p.track}`), p.schoolName].filter(Boolean).join(" · ")}</Text>
              <Group gap="xs">
                <Badge color={PHASE_COLOR[p.phase]} variant="light">
                  {t(`phase.${p.phase}`)}
                </Badge>
                {plan(p)}
              </Group>
              <Text size="xs" c="dimmed">
                {t(`assessAs.${p.as}`)}
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
          <Table.Th>{t("staff.nip")}</Table.Th>
          <Table.Th>{t("staff.school")}</Table.Th>
          <Table.Th style={NO_WRAP}>{t("staff.track")}</Table.Th>
          <Table.Th>{t("staff.phase")}</Table.Th>
          <Table.Th>{t("review.planColumn")}</Table.Th>
          <Table.Th>{t("staff.as")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {people.map((p) => (
          <Table.Tr key={p.cycleId}>
            <Table.Td>
              <Anchor component={Link} to={reviewPath(p.cycleId)} state={back} fw={500}>
                {p.name}
              </Anchor>
            </Table.Td>
            <Table.Td className="nip">{p.nip ?? dash}</Table.Td>
            <Table.Td>{p.schoolName ?? dash}</Table.Td>
            <Table.Td style={NO_WRAP}>{t(`track.${p.track}`)}</Table.Td>
            <Table.Td>
              <Badge color={PHASE_COLOR[p.phase]} variant="light" style={FULL_BADGE}>
                {t(`phase.${p.phase}`)}
              </Badge>
            </Table.Td>
            <Table.Td style={FULL_BADGE}>{plan(p)}</Table.Td>
            <Table.Td>{t(`assessAs.${p.as}`)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
