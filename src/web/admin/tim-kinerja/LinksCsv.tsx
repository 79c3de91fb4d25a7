import { Badge, Button, Code, FileInput, Group, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ImportProblems } from "../import/ImportProblems.js";
import { useImportTimLinks } from "./hooks.js";

/** Bulk assignment from a CSV: check first (nothing changes), then save; a bad file changes nothing. */
export function LinksCsv({ districtId }: { districtId: string }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const upload = useImportTimLinks(districtId);
  const result = upload.data;
  return (
    <Stack gap="sm">
      <Text size="sm">{t("timKinerja.csvHelp")}</Text>
      <Code block>
        {"nip_anggota,nip_subjek,npsn\n198001012005011004,198001012005011002,\n198001012005011005,,20100002"}
      </Code>
      <FileInput
        label={t("timKinerja.csvFile")}
        accept=".csv,text/csv"
        value={file}
        onChange={(f) => {
          setFile(f);
          upload.reset();
        }}
        clearable
      />
      <Group gap="sm">
        <Button
          variant="light"
          disabled={!file}
          loading={upload.isPending && upload.variables?.dryRun}
          onClick={() => file && upload.mutate({ file, dryRun: true })}
        >
          {t("timKinerja.csvCheck")}
        </Button>
        <Button
          disabled={!file}
          loading={upload.isPending && !upload.variables?.dryRun}
          onClick={() => file && upload.mutate({ file, dryRun: false })}
        >
          {t("timKinerja.csvSave")}
        </Button>
      </Group>
      {upload.error && <ImportProblems error={upload.error} />}
      {result && (
        <Stack gap={4}>
          <Text fw={600}>{result.dryRun ? t("timKinerja.csvChecked") : t("timKinerja.csvSaved")}</Text>
          <Table fz="sm" verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={56}>{t("import.line")}</Table.Th>
                <Table.Th>{t("timKinerja.member")}</Table.Th>
                <Table.Th>{t("timKinerja.subject")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.rows.map((r) => (
                <Table.Tr key={r.line}>
                  <Table.Td>{r.line}</Table.Td>
                  <Table.Td>{r.memberName}</Table.Td>
                  <Table.Td>
                    {r.name}
                    {r.schoolName ? ` (${r.schoolName})` : ""}{" "}
                    <Badge size="xs" variant="light">
                      {t(`timKinerja.outcome.${r.outcome}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Stack>
  );
}
