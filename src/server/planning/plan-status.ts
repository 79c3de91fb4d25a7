import { type SQL, sql } from "drizzle-orm";
import type { PlanStatus } from "../../domain/planning/state.js";

export { planStatusOf } from "../../domain/planning/state.js";

/** `planStatusOf` in SQL over the plan row `alias` (a table name or an alias), for hand-written queries. */
export const planStatusSqlOf = (alias: string) =>
  sql.raw(`(case
  when ${alias}.status is null then 'not_started'
  when ${alias}.status = 'draft' and ${alias}.version = 1 and ${alias}.revision = 1 then 'not_started'
  else ${alias}.status::text end)`) as SQL<PlanStatus | "not_started">;

/** `planStatusOf` in SQL, for filters and GROUP BY counts over a left-joined `plans` row. */
export const planStatusSql = planStatusSqlOf('"plans"');
