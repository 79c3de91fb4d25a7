import { Button } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { Phase } from "../../domain/cycles/phase.js";
import { PATHS } from "../app/access.js";
import { usePlanStatus } from "./hooks.js";

type Props = { cycleId: string; phase: Phase };

/** "Mulai / Lanjutkan / Lihat perencanaan" on a cycle card: the next action, one tap away. */
export function PlanButton({ cycleId, phase }: Props) {
  const { t } = useTranslation();
  const planning = phase === "perencanaan";
  const plan = usePlanStatus(cycleId, planning);
  const to = `${PATHS.planning}/${cycleId}`;
  const s = plan.data?.status;
  const label = !planning
    ? t("planning.open.view")
    : !plan.data
      ? t("planning.open.default")
      : s === "draft" && !plan.data.started
        ? t("planning.open.start")
        : s === "draft" || s === "returned"
          ? t("planning.open.continue")
          : t("planning.open.view");
  return (
    <Button component={Link} to={to} variant={planning ? "filled" : "light"} fullWidth size="md">
      {label}
    </Button>
  );
}
