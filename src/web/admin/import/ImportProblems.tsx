import { Alert, ScrollArea, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.js";
import { ErrorAlert } from "../../ui/ErrorAlert.js";

/** A rejected file: the server's summary and one row per problem (line, column, message). */
export function ImportProblems({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!(error instanceof ApiError) || error.details.length === 0) return <ErrorAlert error={error} />;
  return (
    <Alert color="red" title={t("import.invalid")}>
      <Text size="sm" mb="sm">
        {error.message}
      </Text>
      <ScrollArea.Autosize mah={420} type="auto">
        <Table verticalSpacing={4} fz="sm" bg="var(--mantine-color-body)">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={64} style={{ whiteSpace: "nowrap" }}>
                {t("import.line")}
              </Table.Th>
              <Table.Th w={{ base: 88, sm: 140 }}>{t("import.column")}</Table.Th>
              <Table.Th>{t("import.message")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {error.details.map((d) => (
              <Table.Tr key={`${d.line ?? ""}-${d.path ?? ""}-${d.message}`}>
                <Table.Td>{d.line ?? t("common.none")}</Table.Td>
                <Table.Td style={{ wordBreak: "break-word" }}>{d.path ?? t("common.none")}</Table.Td>
                <Table.Td>{d.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Alert>
  );
}
