import { eq, sql } from "drizzle-orm";
import type { Db, Queryable } from "../../db/client.js";
import { preparedOn } from "../../db/prepared.js";
import { cycles, cycleTallies, periods, ruleSets } from "../../db/schema.js";
import { notFound } from "../core/errors.js";

// A period as the admin pages show it (the list of periods, the period page with its counts).

/** A period's columns as the admin pages show them, with its cycle count and those without an atasan. */
const periodColumns = () => ({
  p: periods,
  ruleSetCode: ruleSets.code,
  ruleSetName: ruleSets.name,
  cycleCount: sql<number>`(select coalesce(sum(t.n), 0)::int from ${cycleTallies} t where t.period_id = ${periods.id})`,
  withoutSuperiorCount: sql<number>`(select count(*)::int from ${cycles} where ${cycles.periodId} = ${periods.id} and ${cycles.superiorId} is null)`,
});

type PeriodRow = {
  p: typeof periods.$inferSelect;
  ruleSetCode: string;
  ruleSetName: string;
  cycleCount: number;
  withoutSuperiorCount: number;
};

function periodOf(r: PeriodRow) {
  const { createdBy: _c, createdAt: _a, ruleSetId: _r, ...p } = r.p;
  return {
    ...p,
    ruleSetCode: r.ruleSetCode,
    ruleSetName: r.ruleSetName,
    cycleCount: r.cycleCount,
    withoutSuperiorCount: r.withoutSuperiorCount,
  };
}

export async function periodDtos(db: Queryable, where: ReturnType<typeof eq>) {
  const rows = await db
    .select(periodColumns())
    .from(periods)
    .innerJoin(ruleSets, eq(ruleSets.id, periods.ruleSetId))
    .where(where)
    .orderBy(sql`${periods.startsOn} desc`);
  return rows.map(periodOf);
}

export async function periodDto(db: Queryable, periodId: string) {
  const [p] = await periodDtos(db, eq(periods.id, periodId));
  if (!p) throw notFound();
  return p;
}

/**
 * The period page: the period and its counts per phase and plan status (`cycleCounts`'s tallies,
 * riding as text) in one prepared statement, not two built by Drizzle on every request.
 */
export async function periodWithCounts(db: Db, periodId: string) {
  const [r] = await preparedOn(db, "period_with_counts", () =>
    db
      .select({
        ...periodColumns(),
        counts: sql<string>`(select coalesce(json_agg(json_build_array(t.phase, t.plan_status, t.n)), '[]'::json)::text
          from (select c.phase, c.plan_status, sum(c.n)::int as n from ${cycleTallies} c where c.period_id = ${periods.id}
            group by c.phase, c.plan_status) t)`,
      })
      .from(periods)
      .innerJoin(ruleSets, eq(ruleSets.id, periods.ruleSetId))
      .where(sql`${periods.id} = ${sql.placeholder("id")}::uuid`)
      .prepare("period_with_counts"),
  ).execute({ id: periodId });
  if (!r) throw notFound();
  return { period: periodOf(r), counts: countsOf(JSON.parse(r.counts) as [string, string, number][]) };
}

/**
 * How many cycles of the period are in each phase and each plan status, from the trigger-kept
 * tallies (phase, plan status, n: a few dozen rows at any size), not a GROUP BY over its cycles.
 * Empty buckets are left out.
 */
function countsOf(rows: [string, string, number][]) {
  const byPhase: Record<string, number> = {};
  const byPlanStatus: Record<string, number> = {};
  for (const [phase, status, n] of rows) {
    if (n === 0) continue;
    byPhase[phase] = (byPhase[phase] ?? 0) + n;
    byPlanStatus[status] = (byPlanStatus[status] ?? 0) + n;
  }
  return { byPhase, byPlanStatus };
}
