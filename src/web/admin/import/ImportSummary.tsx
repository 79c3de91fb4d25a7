import { Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ImportResult } from "../../../server/import/contract.js";

/** Created / updated / unchanged per kind of data. */
export function ImportSummary({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const rows = [
    [t("import.schoolsRow"), result.schools],
    [t("import.peopleRow"), result.people],
    [t("import.assignmentsRow"), result.assignments],
  ] as const;
  return (
    <Table withTableBorder verticalSpacing="xs" maw={480}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("import.kind")}</Table.Th>
          <Table.Th ta="right">{t("import.created")}</Table.Th>
          <Table.Th ta="right">{t("import.updated")}</Table.Th>
          <Table.Th ta="right">{t("import.unchanged")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map(([label, c]) => (
          <Table.Tr key={label}>
            <Table.Td>{label}</Table.Td>
            <Table.Td ta="right">{c.created}</Table.Td>
            <Table.Td ta="right">{c.updated}</Table.Td>
            <Table.Td ta="right">{c.unchanged}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
