import { Alert, Button, Card, Code, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { accountsCsv } from "../../../domain/export/accounts-csv.js";
import type { ImportResult } from "../../../server/import/contract.js";
import { useIsDesktop } from "../../ui/useIsDesktop.js";

type Account = ImportResult["accounts"][number];

function download(accounts: Account[]): void {
  const csv = accountsCsv(accounts);
  const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = "akun-baru-kinerja.csv";
  link.click();
  URL.revokeObjectURL(url);
}

/** One-time temporary passwords of the accounts the import created. */
export function NewAccounts({ accounts }: { accounts: Account[] }) {
  const { t } = useTranslation();
  const desktop = useIsDesktop();
  return (
    <Stack gap="sm">
      <Title order={2} fz="h4">
        {t("import.accountsTitle")} ({accounts.length})
      </Title>
      <Alert color="yellow">{t("import.accountsWarning")}</Alert>
      <Button variant="light" onClick={() => download(accounts)} w="fit-content">
        {t("import.download")}
      </Button>
      {desktop ? (
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("people.name")}</Table.Th>
              <Table.Th>{t("people.username")}</Table.Th>
              <Table.Th>{t("people.tempPasswordTitle")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {accounts.map((a) => (
              <Table.Tr key={a.username}>
                <Table.Td>{a.name}</Table.Td>
                <Table.Td>{a.username}</Table.Td>
                <Table.Td>
                  <Code>{a.temporaryPassword}</Code>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        accounts.map((a) => (
          <Card key={a.username} padding="sm">
            <Text fw={600}>{a.name}</Text>
            <Text size="sm" style={{ overflowWrap: "anywhere" }}>
              {a.username}
            </Text>
            <Code>{a.temporaryPassword}</Code>
          </Card>
        ))
      )}
    </Stack>
  );
}
