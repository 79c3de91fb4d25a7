import { Alert, Divider, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Me } from "../../server/me/contract.js";
import { showsDistrictDashboard } from "../app/access.js";
import { useSession } from "../app/session.js";
import { PageHeader } from "../ui/PageHeader.js";
import { DistrictDashboard } from "./DistrictDashboard.js";
import { SchoolDashboard } from "./SchoolDashboard.js";

/** The schools I head today, as KS or Plt (a Plt appointment made for later does not count yet). */
function headedSchools(me: Me): { id: string; name: string }[] {
  const schools = new Map<string, string>();
  for (const h of me.hats) {
    if (h.kind === "principal" && h.schoolId && h.startsOn <= me.today) schools.set(h.schoolId, h.schoolName ?? "");
  }
  return [...schools.entries()].map(([id, name]) => ({ id, name }));
}

/**
 * "Dasbor" (issue 10 §4): a KS or Plt sees their school's teachers; the Kepala Dinas and the district
 * admin see the district. Someone with both hats sees both, the school first.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const me = useSession();
  const schools = headedSchools(me);
  const district = showsDistrictDashboard(me);
  return (
    <Stack gap="md">
      <PageHeader title={t("dashboard.title")} />
      {schools.length > 0 && <SchoolDashboard schools={schools} />}
      {schools.length > 0 && district && <Divider />}
      {district && <DistrictDashboard />}
      {schools.length === 0 && !district && (
        <Alert color="orange" title={t("error.forbiddenTitle")}>
          {t("error.forbidden")}
        </Alert>
      )}
    </Stack>
  );
}
