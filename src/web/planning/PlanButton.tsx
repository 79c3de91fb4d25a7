import { Button } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { Phase } from "../../domain/cycles/phase.js";
import type { PlanStatus } from "../../domain/planning/state.js";
import { PATHS } from "../app/access.js";

type Props = { cycleId: string; phase: Phase; planStatus: PlanStatus | "not_started" };

/**
 * "Mulai / Lanjutkan / Lihat perencanaan" on a cycle card: the next action, one tap away. The
 * plan's status comes with the cycle in /api/me: the home page loads no plan to show it.
 */
export function PlanButton({ cycleId, phase, planStatus }: Props) {
  const { t } = useTranslation();
  const planning = phase === "perencanaan";
  const to = `${PATHS.planning}/${cycleId}`;
  const label = !planning
    ? t("planning.open.view")
    : planStatus === "not_started"
      ? t("planning.open.start")
      : planStatus === "draft" || planStatus === "returned"
        ? t("planning.open.continue")
        : t("planning.open.view");
  return (
    <Button component={Link} to={to} variant={planning ? "filled" : "light"} fullWidth size="md">
      {label}
    </Button>
  );
}
