import { Anchor, Badge, Button, Card, Group, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { CorrectionDto } from "../../../server/corrections/contract.js";
import { PATHS } from "../../app/access.js";
import { formatDate } from "../../ui/format.js";
import { useIsDesktop } from "../../ui/useIsDesktop.js";

type Props = { corrections: CorrectionDto[]; onResolve: (c: CorrectionDto) => void };

/** Reported corrections: what the pegawai wrote, and how it was resolved. */
export function CorrectionList({ corrections, onResolve }: Props) {
  const { t } = useTranslation();
  const desktop = useIsDesktop();
  const dash = t("common.none");
  const who = (c: CorrectionDto) => (
    <Stack gap={0}>
      <Text fw={600} size="sm">
        {c.personName}
      </Text>
      <Text size="xs" c="dimmed" className="nip">
        {c.nip ?? dash}
      </Text>
      {c.schoolId && c.schoolName && (
        <Anchor component={Link} to={`${PATHS.schools}/${c.schoolId}`} size="xs">
          {c.schoolName}
        </Anchor>
      )}
    </Stack>
  );
  const outcome = (c: CorrectionDto) =>
    c.status === "open" ? (
      <Button
        size="compact-sm"
        variant="light"
        onClick={() => onResolve(c)}
        aria-label={`${t("correctionsAdmin.resolve")} ${c.personName}`}
      >
        {t("correctionsAdmin.resolve")}
      </Button>
    ) : (
      <Stack gap={2}>
        <Badge color={c.dataChanged ? "teal" : "yellow"} variant="light" w="fit-content">
          {t(c.dataChanged ? "correctionOutcome.changed" : "correctionOutcome.unchanged")}
        </Badge>
        <Text size="xs" c="dimmed">
          {t("correctionsAdmin.resolvedBy", { name: c.resolvedByName ?? dash, date: formatDate(c.resolvedAt) })}
        </Text>
        {c.resolutionNote && <Text size="sm">{c.resolutionNote}</Text>}
      </Stack>
    );
  const note = (c: CorrectionDto) => (
    <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
      {c.note}
    </Text>
  );

  if (!desktop) {
    return (
      <Stack gap="xs">
        {corrections.map((c) => (
          <Card key={c.id} padding="sm">
            <Stack gap="xs">
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                {who(c)}
                <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                  {formatDate(c.createdAt)}
                </Text>
              </Group>
              {note(c)}
              {outcome(c)}
            </Stack>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table striped verticalSpacing="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("staff.name")}</Table.Th>
          <Table.Th>{t("correctionsAdmin.reported")}</Table.Th>
          <Table.Th>{t("correctionsAdmin.date")}</Table.Th>
          <Table.Th>{t("correctionsAdmin.outcome")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {corrections.map((c) => (
          <Table.Tr key={c.id}>
            <Table.Td>{who(c)}</Table.Td>
            <Table.Td maw={360}>{note(c)}</Table.Td>
            <Table.Td>{formatDate(c.createdAt)}</Table.Td>
            <Table.Td>{outcome(c)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
