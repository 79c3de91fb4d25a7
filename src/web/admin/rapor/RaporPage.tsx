import { NativeSelect, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../ui/ErrorAlert.js";
import { Loading } from "../../ui/Loading.js";
import { PageHeader } from "../../ui/PageHeader.js";
import { useDistrictId } from "../district.js";
import { useSchools } from "../schools/hooks.js";
import { useRapor } from "./hooks.js";
import { RaporResults } from "./RaporResults.js";
import { RaporUpload } from "./RaporUpload.js";

/** "Rapor Pendidikan": a school's results, the recommended indicator, and the CSV upload. */
export function RaporPage() {
  const { t } = useTranslation();
  const districtId = useDistrictId();
  const schools = useSchools();
  const list = (schools.data?.schools ?? []).filter((s) => !districtId || s.districtId === districtId);
  const [picked, setPicked] = useState<string | null>(null);
  const school = list.find((s) => s.id === picked) ?? list[0];
  const rapor = useRapor(school?.id ?? null);

  return (
    <Stack gap="md">
      <PageHeader title={t("raporAdmin.title")} intro={t("raporAdmin.intro")} />
      {schools.isPending && <Loading />}
      <ErrorAlert error={schools.error} onRetry={() => void schools.refetch()} />
      {schools.isSuccess && list.length === 0 && <Text c="dimmed">{t("schools.empty")}</Text>}
      {school && (
        <>
          <NativeSelect
            label={t("raporAdmin.school")}
            value={school.id}
            onChange={(e) => setPicked(e.currentTarget.value)}
            data={list.map((s) => ({ value: s.id, label: `${s.name} (${s.npsn})` }))}
            maw={480}
          />
          <Title order={3} fz="h4">
            {t("raporAdmin.current")}
          </Title>
          {rapor.isPending && <Loading />}
          <ErrorAlert error={rapor.error} onRetry={() => void rapor.refetch()} />
          {rapor.data && <RaporResults rapor={rapor.data} />}
          <Title order={3} fz="h4">
            {t("raporAdmin.uploadTitle")}
          </Title>
          <RaporUpload key={school.id} schoolId={school.id} schoolName={school.name} />
        </>
      )}
    </Stack>
  );
}
