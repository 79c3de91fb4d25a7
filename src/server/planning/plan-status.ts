import { sql } from "drizzle-orm";
import { plans } from "../../db/schema.js";
import type { PlanStatus } from "../../domain/planning/state.js";

type PlanHead = { status: PlanStatus | null; version: number | null; revision: number | null } | null;

/** A plan that was only opened, never saved, has not been started (whoever opened it). */
export function planStatusOf(plan: PlanHead): PlanStatus | "not_started" {
  if (!plan?.status) return "not_started";
  if (plan.status === "draft" && plan.version === 1 && plan.revision === 1) return "not_started";
  return plan.status;
}

/** `planStatusOf` in SQL, for filters and GROUP BY counts over a left-joined `plans` row. */
export const planStatusSql = sql<PlanStatus | "not_started">`(case
  when ${plans.status} is null then 'not_started'
  when ${plans.status} = 'draft' and ${plans.version} = 1 and ${plans.revision} = 1 then 'not_started'
  else ${plans.status}::text end)`;
