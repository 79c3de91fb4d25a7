import { Badge, Button, Card, Group, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { ZPerson } from "../../../server/org/contract.js";
import { useIsDesktop } from "../../ui/useIsDesktop.js";
import { EditPersonModal } from "./EditPersonModal.js";
import { ResetAccountModal } from "./ResetAccountModal.js";

type Person = z.infer<typeof ZPerson>;

/**
 * Staff with edit and account buttons: table on desktop, cards on phones. A button appears only
 * when the server's policy allows it (`person.actions`): an operator sees none on their principal.
 */
export function PeopleList({ people }: { people: Person[] }) {
  const { t } = useTranslation();
  const desktop = useIsDesktop();
  const [editing, setEditing] = useState<Person | null>(null);
  const [resetting, setResetting] = useState<Person | null>(null);
  const dash = t("common.none");
  const editButton = (p: Person) =>
    p.actions.update && (
      <Button
        size="compact-sm"
        variant="light"
        onClick={() => setEditing(p)}
        aria-label={`${t("common.edit")} ${p.name}`}
      >
        {t("common.edit")}
      </Button>
    );
  const accountButton = (p: Person) => {
    if (!p.actions.resetAccount) return null;
    const label = p.username ? t("resetAccount.reset") : t("resetAccount.create");
    return (
      <Button
        size="compact-xs"
        variant="subtle"
        px={desktop ? 0 : undefined}
        onClick={() => setResetting(p)}
        aria-label={`${label} ${p.name}`}
      >
        {label}
      </Button>
    );
  };
  const buttons = (p: Person) => (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      {accountButton(p)}
      {editButton(p)}
    </Group>
  );
  const status = (p: Person) => (
    <Badge variant="light" color={p.employmentStatus === "NON_ASN" ? "gray" : "teal"}>
      {t(`employmentStatus.${p.employmentStatus}`)}
    </Badge>
  );

  return (
    <>
      {editing && <EditPersonModal person={editing} onClose={() => setEditing(null)} />}
      {resetting && <ResetAccountModal person={resetting} onClose={() => setResetting(null)} />}
      {desktop ? (
        <Table striped highlightOnHover verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("people.name")}</Table.Th>
              <Table.Th>{t("people.nip")}</Table.Th>
              <Table.Th>{t("people.employmentStatus")}</Table.Th>
              <Table.Th>{t("people.ptkType")}</Table.Th>
              <Table.Th>{t("people.username")}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t("common.actions")}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {people.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td fw={500}>{p.name}</Table.Td>
                <Table.Td className="nip">{p.nip ?? dash}</Table.Td>
                <Table.Td>{status(p)}</Table.Td>
                <Table.Td>{p.ptkType || dash}</Table.Td>
                <Table.Td>
                  {p.username ? (
                    <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                      {p.username}
                    </Text>
                  ) : (
                    <Text c="dimmed" size="sm">
                      {t("people.noAccount")}
                    </Text>
                  )}
                  {accountButton(p)}
                </Table.Td>
                <Table.Td ta="right">{editButton(p)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Stack gap="xs">
          {people.map((p) => (
            <Card key={p.id} padding="sm">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Text fw={600}>{p.name}</Text>
                {/* Only the NIP stays on one line: the username wraps on a 360 px phone. */}
                <Text size="xs" c="dimmed" style={{ overflowWrap: "anywhere" }}>
                  <span className={p.nip ? "nip" : undefined}>{p.nip ?? p.nuptk ?? p.email ?? dash}</span>
                  {" · "}
                  {p.username ? `${t("people.username")}: ${p.username}` : t("people.noAccount")}
                </Text>
                <Group gap={6}>
                  {status(p)}
                  {p.ptkType && <Text size="xs">{p.ptkType}</Text>}
                </Group>
                {buttons(p)}
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
    </>
  );
}
