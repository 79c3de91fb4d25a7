import { Alert, Anchor, Button, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router-dom";
import { PATHS } from "../app/access.js";
import { ErrorAlert } from "../ui/ErrorAlert.js";
import { Loading } from "../ui/Loading.js";
import { PageHeader } from "../ui/PageHeader.js";
import { HistorySection } from "./HistorySection.js";
import { useCyclePlan } from "./hooks.js";
import { asLabel } from "./labels.js";
import { PlanStatusCard } from "./PlanStatusCard.js";
import { backOf } from "./paths.js";
import { PlanContentView } from "./plan/PlanContentView.js";
import { ReopenRequests } from "./ReopenRequests.js";
import { ReviewActions } from "./ReviewActions.js";

/** One pegawai's plan as the atasan (or Tim Kinerja, or admin) reviews it. */
export function PlanReviewPage() {
  const { t } = useTranslation();
  const { cycleId = "" } = useParams();
  const plan = useCyclePlan(cycleId);
  // Back where the user came from (the admin's reopen inbox, a period, the dashboard); the queue otherwise.
  const from = backOf(useLocation().state) ?? { to: PATHS.reviewQueue, labelKey: "review.title" };

  const back = (
    <Anchor component={Link} to={from.to} size="sm">
      ← {t(from.labelKey as "review.title")}
    </Anchor>
  );
  if (plan.isPending) return <Loading />;
  if (plan.isError)
    return (
      <Stack>
        {back}
        <ErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />
      </Stack>
    );
  const view = plan.data;
  const { viewer, person, cycle } = view;
  const reviewing = viewer.roles.includes("superior") || viewer.roles.includes("admin");
  const track = t(`track.${cycle.track}`);

  return (
    <Stack gap="md">
      {back}
      <PageHeader
        title={person.name}
        intro={[track, person.schoolName, cycle.periodName].filter(Boolean).join(" · ")}
      />
      {viewer.actingAs === "acting_principal" && (
        <Alert color="yellow" title={t("review.actingNote")}>
          {t("review.actingNoteBody")}
        </Alert>
      )}
      {reviewing && viewer.actingAs && viewer.actingAs !== "acting_principal" && (
        <Text size="sm" c="dimmed">
          {t("review.reviewingAs", { as: asLabel(t, viewer.actingAs) })}
        </Text>
      )}
      {!reviewing && viewer.roles.includes("owner") && (
        <Alert color="blue">
          {t("review.ownPlan")}{" "}
          <Anchor component={Link} to={`${PATHS.planning}/${cycle.id}`}>
            {t("review.ownPlanLink")}
          </Anchor>
        </Alert>
      )}
      <PlanStatusCard view={view} />
      {view.plan.status === "agreed" && (
        <Button component={Link} to={`${PATHS.practice}/${cycle.id}`} size="md">
          {t("practice.open")}
        </Button>
      )}
      <ReopenRequests cycleId={view.cycle.id} requests={view.reopenRequests} canDecide={view.viewer.canDecideReopen} />
      <PlanContentView view={view} content={view.plan.content} />
      <ReviewActions view={view} />
      <HistorySection view={view} />
    </Stack>
  );
}
