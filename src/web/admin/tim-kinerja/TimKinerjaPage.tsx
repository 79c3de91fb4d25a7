import { Badge, Group, SegmentedControl, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../ui/PageHeader.js";
import { useDistrictId } from "../district.js";
import { useTimMembers } from "./hooks.js";
import { LinksCsv } from "./LinksCsv.js";
import { MembersView } from "./MembersView.js";
import { SubjectsView } from "./SubjectsView.js";

type View = "members" | "subjects" | "csv";

/**
 * Tim Kinerja assignment (issue 9 §1): who observes each KS and pengawas. The workload by member,
 * the subjects with or without a member, and bulk assignment by school list or CSV.
 */
export function TimKinerjaPage() {
  const { t } = useTranslation();
  const districtId = useDistrictId();
  const [view, setView] = useState<View>("members");
  const summary = useTimMembers(districtId, { q: "", none: false }).data?.pages[0]?.summary;
  return (
    <Stack gap="md">
      <PageHeader title={t("timKinerja.title")} intro={t("timKinerja.intro")} />
      {summary && (
        <Group gap="xs">
          <Badge variant="light">{t("timKinerja.summaryMembers", { n: summary.members })}</Badge>
          <Badge variant="light" color={summary.membersWithout > 0 ? "orange" : "gray"}>
            {t("timKinerja.summaryMembersWithout", { n: summary.membersWithout })}
          </Badge>
          <Badge variant="light">{t("timKinerja.summarySubjects", { n: summary.subjects })}</Badge>
          <Badge variant="light" color={summary.subjectsWithout > 0 ? "red" : "gray"}>
            {t("timKinerja.summarySubjectsWithout", { n: summary.subjectsWithout })}
          </Badge>
        </Group>
      )}
      <SegmentedControl
        fullWidth
        value={view}
        onChange={(v) => setView(v as View)}
        data={[
          { value: "members", label: t("timKinerja.viewMembers") },
          { value: "subjects", label: t("timKinerja.viewSubjects") },
          { value: "csv", label: t("timKinerja.viewCsv") },
        ]}
      />
      {districtId && view === "members" && <MembersView districtId={districtId} />}
      {districtId && view === "subjects" && <SubjectsView districtId={districtId} />}
      {districtId && view === "csv" && <LinksCsv districtId={districtId} />}
    </Stack>
  );
}
