import { Badge, Button, Card, Group, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { ZAssignment } from "../../../server/org/contract.js";
import { useToday } from "../../auth/hooks.js";
import { formatDate } from "../../ui/format.js";
import { useIsDesktop } from "../../ui/useIsDesktop.js";
import { EndAssignmentModal } from "./EndAssignmentModal.js";

export type Assignment = z.infer<typeof ZAssignment>;

export function isActive(a: Assignment, today: string): boolean {
  return a.startsOn <= today && (a.endsOn === null || today <= a.endsOn);
}

/** Assignments with their date range; "Akhiri" when the viewer may end them. */
export function AssignmentList({ assignments, canEnd }: { assignments: Assignment[]; canEnd: boolean }) {
  const today = useToday();
  const { t } = useTranslation();
  const desktop = useIsDesktop();
  const [ending, setEnding] = useState<Assignment | null>(null);
  const range = (a: Assignment) =>
    t("periods.range", {
      from: formatDate(a.startsOn),
      to: a.endsOn ? formatDate(a.endsOn) : t("assignments.openEnded"),
    });
  const kind = (a: Assignment) => (
    <Group gap={4}>
      <Text size="sm">{t(`assignmentKind.${a.kind}`)}</Text>
      {a.acting && (
        <Badge size="sm" color="orange" variant="light">
          {t("assignments.actingBadge")}
        </Badge>
      )}
    </Group>
  );
  const state = (a: Assignment) =>
    isActive(a, today) ? (
      <Badge variant="light">{t("assignments.active")}</Badge>
    ) : (
      <Badge variant="light" color="gray">
        {t("assignments.ended")}
      </Badge>
    );
  const endButton = (a: Assignment) =>
    canEnd && isActive(a, today) ? (
      <Button size="compact-sm" variant="light" color="orange" onClick={() => setEnding(a)}>
        {t("assignments.end")}
      </Button>
    ) : null;

  return (
    <>
      {ending && <EndAssignmentModal assignment={ending} onClose={() => setEnding(null)} />}
      {desktop ? (
        <Table striped verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("assignments.person")}</Table.Th>
              <Table.Th>{t("assignments.kind")}</Table.Th>
              <Table.Th>{t("assignments.school")}</Table.Th>
              <Table.Th>{t("periods.schedule")}</Table.Th>
              <Table.Th>{t("common.status")}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t("common.actions")}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {assignments.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td fw={500}>{a.personName}</Table.Td>
                <Table.Td>{kind(a)}</Table.Td>
                <Table.Td>{a.schoolName ?? t("common.none")}</Table.Td>
                <Table.Td>{range(a)}</Table.Td>
                <Table.Td>{state(a)}</Table.Td>
                <Table.Td ta="right">{endButton(a)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Stack gap="xs">
          {assignments.map((a) => (
            <Card key={a.id} padding="sm">
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Text fw={600}>{a.personName}</Text>
                  {kind(a)}
                  {a.schoolName && <Text size="sm">{a.schoolName}</Text>}
                  <Text size="xs" c="dimmed">
                    {range(a)}
                  </Text>
                </Stack>
                <Stack gap={6} align="flex-end">
                  {state(a)}
                  {endButton(a)}
                </Stack>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
    </>
  );
}
