import { Alert, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSession } from "../app/session.js";
import { PageHeader } from "../ui/PageHeader.js";
import { CycleCard } from "./CycleCard.js";
import { ProfileCard } from "./ProfileCard.js";

/** "Kinerja Saya": my own cycle(s), whatever other hats I wear. */
export function MyCyclesPage() {
  const { t } = useTranslation();
  const me = useSession();
  const nonAsn = me.person.employmentStatus === "NON_ASN";
  return (
    <Stack gap="md">
      <PageHeader title={t("mine.title")} intro={t("mine.intro")} />
      {me.myCycles.length === 0 && (
        <Alert color={nonAsn ? "gray" : "blue"} title={t("mine.emptyTitle")}>
          {nonAsn ? t("mine.emptyNonAsn") : t("mine.emptyBody")}
        </Alert>
      )}
      {me.myCycles.map((cycle) => (
        <CycleCard key={cycle.cycleId} cycle={cycle} />
      ))}
      <ProfileCard me={me} />
    </Stack>
  );
}
