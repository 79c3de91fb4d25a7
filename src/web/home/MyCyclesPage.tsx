import { Alert, Stack } from "@mantine/core";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { correctionHandlerName } from "../app/access.js";
import { useSession } from "../app/session.js";
import { PageHeader } from "../ui/PageHeader.js";
import { CycleCard } from "./CycleCard.js";
import { ProfileCard } from "./ProfileCard.js";

// Only a KS or Plt downloads the survey card (and its contract); a guru's home page stays as small.
// Offline, the card is left out rather than the page failing.
const MySurveysCard = lazy(() => import("../survey/MySurveysCard.js").catch(() => ({ default: () => null })));
const SURVEY_ROLES = new Set(["kepala_sekolah", "plt_kepala_sekolah"]);

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
          {nonAsn ? t("mine.emptyNonAsn") : t("mine.emptyBody", { handler: correctionHandlerName(t, me) })}
        </Alert>
      )}
      {me.roles.some((r) => SURVEY_ROLES.has(r)) && (
        <Suspense fallback={null}>
          <MySurveysCard />
        </Suspense>
      )}
      {me.myCycles.map((cycle) => (
        <CycleCard key={cycle.cycleId} cycle={cycle} />
      ))}
      <ProfileCard me={me} />
    </Stack>
  );
}
