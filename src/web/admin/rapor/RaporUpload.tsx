import { Alert, Button, Card, Code, FileInput, Group, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ExampleLink } from "../ExampleLink.js";
import { ImportProblems } from "../import/ImportProblems.js";
import { useImportRapor } from "./hooks.js";

/** Upload a school's Rapor Pendidikan CSV; a rejected file comes back with its problems per line. */
export function RaporUpload({ schoolId, schoolName }: { schoolId: string; schoolName: string }) {
  const { t } = useTranslation();
  const upload = useImportRapor(schoolId);
  const [file, setFile] = useState<File | null>(null);
  const choose = (f: File | null) => {
    setFile(f);
    upload.reset();
  };

  return (
    <Stack gap="sm">
      <Card>
        <Title order={2} fz="h5" mb={4}>
          {t("raporAdmin.columnsTitle")}
        </Title>
        <Text size="sm">{t("raporAdmin.columns")}</Text>
        <Code block mt="xs" style={{ whiteSpace: "pre-wrap", wordBreak: "break-all" }}>
          {"npsn,indikator,nilai,kategori\n20100001,Umpan balik konstruktif,48,kurang"}
        </Code>
        <Text size="sm" mt="xs">
          {t("raporAdmin.columnsDoc")}
        </Text>
        <Text mt="xs">
          <ExampleLink name="rapor-pendidikan.csv" label={t("raporAdmin.example")} />
        </Text>
      </Card>
      <FileInput
        label={t("raporAdmin.file", { school: schoolName })}
        placeholder={t("import.filePlaceholder")}
        accept=".csv,text/csv"
        value={file}
        onChange={choose}
        clearable
      />
      <Group>
        <Button onClick={() => file && upload.mutate(file)} disabled={!file} loading={upload.isPending}>
          {t("raporAdmin.upload")}
        </Button>
      </Group>
      {upload.isError && <ImportProblems error={upload.error} />}
      {upload.isSuccess && (
        <Alert color="teal">
          <Text size="sm">{t("raporAdmin.uploaded", { n: upload.data.results.length })}</Text>
          {upload.data.ignoredColumns.length > 0 && (
            <Text size="sm" c="dimmed">
              {t("import.ignored", { columns: upload.data.ignoredColumns.join(", ") })}
            </Text>
          )}
        </Alert>
      )}
    </Stack>
  );
}
