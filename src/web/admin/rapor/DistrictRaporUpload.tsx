import { Alert, Button, Card, FileInput, Group, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ExampleLink } from "../ExampleLink.js";
import { ImportProblems } from "../import/ImportProblems.js";
import { useImportDistrictRapor } from "./hooks.js";

/** The admin's one CSV for many schools (an NPSN per row); a rejected file comes back with its problems per line. */
export function DistrictRaporUpload({ districtId }: { districtId: string }) {
  const { t } = useTranslation();
  const upload = useImportDistrictRapor(districtId);
  const [file, setFile] = useState<File | null>(null);
  const choose = (f: File | null) => {
    setFile(f);
    upload.reset();
  };

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={3} fz="h4">
          {t("raporAdmin.district.title")}
        </Title>
        <Text size="sm">{t("raporAdmin.district.intro")}</Text>
        <Text size="sm">{t("raporAdmin.district.rules")}</Text>
        <Text>
          <ExampleLink name="rapor-pendidikan-dinas.csv" label={t("raporAdmin.district.example")} />
        </Text>
        <FileInput
          label={t("raporAdmin.district.file")}
          placeholder={t("import.filePlaceholder")}
          accept=".csv,text/csv"
          value={file}
          onChange={choose}
          clearable
        />
        <Group>
          <Button onClick={() => file && upload.mutate(file)} disabled={!file} loading={upload.isPending}>
            {t("raporAdmin.district.upload")}
          </Button>
        </Group>
        {upload.isError && <ImportProblems error={upload.error} />}
        {upload.isSuccess && (
          <Alert color="teal">
            <Text size="sm">
              {t("raporAdmin.district.uploaded", { count: upload.data.schools.length, rows: upload.data.rows })}
            </Text>
            <Text size="sm">{upload.data.schools.map((s) => s.name).join(", ")}</Text>
            {upload.data.ignoredColumns.length > 0 && (
              <Text size="sm" c="dimmed">
                {t("import.ignored", { columns: upload.data.ignoredColumns.join(", ") })}
              </Text>
            )}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
