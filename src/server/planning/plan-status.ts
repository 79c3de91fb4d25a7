import type { PlanStatus } from "../../domain/planning/state.js";

type PlanHead = { status: PlanStatus | null; version: number | null; revision: number | null } | null;

/** A plan that was only opened, never saved, has not been started (whoever opened it). */
export function planStatusOf(plan: PlanHead): PlanStatus | "not_started" {
  if (!plan?.status) return "not_started";
  if (plan.status === "draft" && plan.version === 1 && plan.revision === 1) return "not_started";
  return plan.status;
}
