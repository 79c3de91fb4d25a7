import { Card, Code, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ExampleLink } from "../ExampleLink.js";
import { useImportRapor } from "./hooks.js";
import { RaporFileUpload } from "./RaporFileUpload.js";

/** Upload a school's Rapor Pendidikan CSV; a rejected file comes back with its problems per line. */
export function RaporUpload({ schoolId, schoolName }: { schoolId: string; schoolName: string }) {
  const { t } = useTranslation();
  const upload = useImportRapor(schoolId);

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
      <RaporFileUpload
        upload={upload}
        label={t("raporAdmin.file", { school: schoolName })}
        button={t("raporAdmin.upload")}
        done={(data) => <Text size="sm">{t("raporAdmin.uploaded", { n: data.results.length })}</Text>}
      />
    </Stack>
  );
}
