import { Alert, Button, Card, FileInput, Group, List, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ImportResult } from "../../../server/import/contract.js";
import { PageHeader } from "../../ui/PageHeader.js";
import { useDistrictId } from "../district.js";
import { ExampleLink } from "../ExampleLink.js";
import { useImportStaff } from "./hooks.js";
import { ImportProblems } from "./ImportProblems.js";
import { ImportSummary } from "./ImportSummary.js";
import { NewAccounts } from "./NewAccounts.js";

/** "Periksa" (dry run) first, then "Impor"; the file is all-or-nothing on the server. */
export function ImportPage() {
  const { t } = useTranslation();
  const districtId = useDistrictId() ?? "";
  const upload = useImportStaff(districtId);
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<ImportResult | null>(null);
  const [done, setDone] = useState<ImportResult | null>(null);

  const choose = (f: File | null) => {
    setFile(f);
    setChecked(null);
    setDone(null);
    upload.reset();
  };
  const run = (dryRun: boolean) => {
    if (!file) return;
    upload.mutate(
      { file, dryRun },
      {
        onSuccess: (result) => {
          setChecked(dryRun ? result : null);
          if (!dryRun) setDone(result);
        },
      },
    );
  };
  const shown = done ?? checked;

  return (
    <Stack gap="md">
      <PageHeader title={t("import.title")} intro={t("import.intro")} />
      <Card>
        <Title order={2} fz="h5" mb={4}>
          {t("import.columnsTitle")}
        </Title>
        <Text size="sm">{t("import.columns")}</Text>
        <List size="sm" mt="xs">
          <List.Item>{t("import.tips")}</List.Item>
          <List.Item>{t("import.noteExcel")}</List.Item>
          <List.Item>{t("import.noteEmpty")}</List.Item>
          <List.Item>{t("import.noteAccounts")}</List.Item>
        </List>
        <Text mt="xs">
          <ExampleLink name="staff-import.csv" label={t("import.example")} />
        </Text>
      </Card>

      <FileInput
        label={t("import.file")}
        placeholder={t("import.filePlaceholder")}
        accept=".csv,text/csv"
        value={file}
        onChange={choose}
        clearable
      />
      <Group gap="sm">
        <Button
          variant="light"
          onClick={() => run(true)}
          disabled={!file || upload.isPending}
          loading={upload.isPending && upload.variables?.dryRun}
        >
          {t("import.check")}
        </Button>
        <Button
          onClick={() => run(false)}
          disabled={!checked || upload.isPending}
          loading={upload.isPending && upload.variables?.dryRun === false}
        >
          {t("import.run")}
        </Button>
      </Group>

      {upload.isError && <ImportProblems error={upload.error} />}
      {shown && (
        <Stack gap="sm">
          <Alert color="teal">{shown.dryRun ? t("import.checkedOk", { rows: shown.rows }) : t("import.done")}</Alert>
          {shown.ignoredColumns.length > 0 && (
            <Text size="sm" c="dimmed">
              {t("import.ignored", { columns: shown.ignoredColumns.join(", ") })}
            </Text>
          )}
          <ImportSummary result={shown} />
        </Stack>
      )}
      {done && done.accounts.length > 0 && <NewAccounts accounts={done.accounts} />}
    </Stack>
  );
}
