import { Card, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ExampleLink } from "../ExampleLink.js";
import { useImportDistrictRapor } from "./hooks.js";
import { RaporFileUpload } from "./RaporFileUpload.js";

/** The admin's one CSV for many schools (an NPSN per row); a rejected file comes back with its problems per line. */
export function DistrictRaporUpload({ districtId }: { districtId: string }) {
  const { t } = useTranslation();
  const upload = useImportDistrictRapor(districtId);

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
        <RaporFileUpload
          upload={upload}
          label={t("raporAdmin.district.file")}
          button={t("raporAdmin.district.upload")}
          done={(data) => (
            <>
              <Text size="sm">
                {t("raporAdmin.district.uploaded", { count: data.schools.length, rows: data.rows })}
              </Text>
              <Text size="sm">{data.schools.map((s) => s.name).join(", ")}</Text>
            </>
          )}
        />
      </Stack>
    </Card>
  );
}
