import { Box, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isDistrictAdmin } from "../../app/access.js";
import { useSession } from "../../app/session.js";
import { ErrorAlert } from "../../ui/ErrorAlert.js";
import { Loading } from "../../ui/Loading.js";
import { PageHeader } from "../../ui/PageHeader.js";
import { useDistrictId } from "../district.js";
import { useSchools } from "../schools/hooks.js";
import { SchoolSelect } from "../schools/SchoolSelect.js";
import { DistrictRaporUpload } from "./DistrictRaporUpload.js";
import { useRapor } from "./hooks.js";
import { RaporResults } from "./RaporResults.js";
import { RaporUpload } from "./RaporUpload.js";

/** "Rapor Pendidikan": a school's results, the recommended indicator, its CSV upload, and (admin) the district's file. */
export function RaporPage() {
  const { t } = useTranslation();
  const districtId = useDistrictId();
  // The first school until one is picked from the server-searched picker.
  const schools = useSchools(districtId);
  const first = schools.data?.pages[0]?.schools[0];
  const [picked, setPicked] = useState<{ id: string; name: string } | null>(null);
  const school = picked ?? (first ? { id: first.id, name: first.name } : undefined);
  const list = schools.data?.pages[0]?.schools ?? [];
  const rapor = useRapor(school?.id ?? null);
  // The district file is the admin's; an operator uploads their own school's only.
  const admin = isDistrictAdmin(useSession());

  return (
    <Stack gap="md">
      <PageHeader title={t("raporAdmin.title")} intro={t("raporAdmin.intro")} />
      {schools.isPending && <Loading />}
      <ErrorAlert error={schools.error} onRetry={() => void schools.refetch()} />
      {schools.isSuccess && list.length === 0 && <Text c="dimmed">{t("schools.empty")}</Text>}
      {school && (
        <>
          <Box maw={480}>
            <SchoolSelect
              districtId={districtId}
              label={t("raporAdmin.school")}
              value={school.id}
              onChange={(id, name) => id && setPicked({ id, name: name ?? "" })}
            />
          </Box>
          <Title order={2} fz="h4">
            {t("raporAdmin.current")}
          </Title>
          {rapor.isPending && <Loading />}
          <ErrorAlert error={rapor.error} onRetry={() => void rapor.refetch()} />
          {rapor.data && <RaporResults rapor={rapor.data} />}
          <Title order={2} fz="h4">
            {t("raporAdmin.uploadTitle")}
          </Title>
          <RaporUpload key={school.id} schoolId={school.id} schoolName={school.name} />
        </>
      )}
      {admin && districtId && <DistrictRaporUpload districtId={districtId} />}
    </Stack>
  );
}
