import { and, eq, ilike, or, type SQL, sql } from "drizzle-orm";
import { inSubquery } from "../../db/any-of.js";
import type { Db } from "../../db/client.js";
import {
  cycleAssessors,
  cycles,
  districts,
  people,
  periods,
  plans,
  reopenRequests,
  schools,
  windowExtensions,
} from "../../db/schema.js";
import type { Phase } from "../../domain/cycles/phase.js";
import type { PlanStatus } from "../../domain/planning/state.js";
import { dateInZone } from "../../domain/time/today.js";
import { containsPattern, decodeCursor, encodeCursor } from "../core/cursor.js";
import { AppError } from "../core/errors.js";
import type { SessionActor } from "../core/session.js";
import { assessorRolesOf, candidateOf } from "../org/facts.js";
import { planStatusSql } from "./plan-status.js";

export type QueueStatus = PlanStatus | "not_started";
export type QueueFilter = "all" | "overdue" | QueueStatus;
export type QueuePage = { q?: string | undefined; filter: QueueFilter; cursor?: string | undefined; limit: number };

/**
 * The queue in SQL, so a page, its filter and its counts are read by the database, not by
 * loading everyone. `overdue` is `effectiveClose` (src/domain/planning/window.ts) on the
 * district's date: unfinished after the latest of the period's planning close and every
 * extension covering the person.
 */
function queueColumns(now: Date) {
  const today = sql`(${now.toISOString()}::timestamptz at time zone ${districts.timeZone})::date`;
  const extended = sql`(select max(${windowExtensions.closesOn}) from ${windowExtensions}
    where ${windowExtensions.periodId} = ${periods.id} and ${windowExtensions.phase} = 'perencanaan'
      and (${windowExtensions.scope} = 'district'
        or (${windowExtensions.scope} = 'school' and ${windowExtensions.schoolId} = ${cycles.schoolId})
        or (${windowExtensions.scope} = 'person' and ${windowExtensions.personId} = ${cycles.personId})))`;
  const overdue = sql<boolean>`(${planStatusSql} in ('not_started', 'draft', 'returned', 'submitted')
    and ${today} > greatest(${periods.planningClosesOn}, ${extended}))`;
  const pendingReopen = sql<boolean>`exists (select 1 from ${reopenRequests}
    where ${reopenRequests.planId} = ${plans.id} and ${reopenRequests.status} = 'pending')`;
  // What needs me first: waiting for approval or asking to reopen, then unfinished, then done;
  // within each, the overdue ones first. One integer, so (rank, name, id) is a keyset.
  const rank = sql<number>`((case when ${pendingReopen} then 0 else (case ${planStatusSql}
    when 'submitted' then 0 when 'returned' then 1 when 'draft' then 2 when 'not_started' then 3
    when 'approved' then 4 else 5 end) end) * 2 + (case when ${overdue} then 0 else 1 end))`;
  return { overdue, pendingReopen, rank };
}

/** The cycles the stored atasan or Tim Kinerja membership pre-selects for the actor. */
function preselected(actorId: string): SQL | undefined {
  const teamCycles = sql`select ${cycleAssessors.cycleId} from ${cycleAssessors} where ${cycleAssessors.personId} = ${actorId}`;
  return or(eq(cycles.superiorId, actorId), inSubquery(cycles.id, teamCycles));
}

function filterSql(filter: QueueFilter, overdue: SQL): SQL | undefined {
  if (filter === "all") return undefined;
  if (filter === "overdue") return overdue;
  return sql`${planStatusSql} = ${filter}`;
}

/**
 * The atasan's view of planning, a page at a time: the plans of the people they assess, in
 * the order that needs them first, searched by name or NIP and filtered by status or overdue.
 * The stored atasan and Tim Kinerja membership pre-select the rows; `assessorRoleOn` confirms
 * each (a Plt sees their teachers only while their Plt assignment runs), so a page may hold
 * fewer rows than `limit` and still have a next page. The counts per status and phase come
 * from one GROUP BY over the same pre-selection (the stored atasan is re-derived by the same
 * rule on every assignment change and hourly).
 */
export async function planningQueue(db: Db, actor: SessionActor, now: Date, page: QueuePage) {
  const after = decodeCursor(page.cursor, 3) as [number, string, string] | null;
  if (after && typeof after[0] !== "number") throw new AppError("VALIDATION", "error.badCursor");
  const { overdue, pendingReopen, rank } = queueColumns(now);
  const pattern = containsPattern(page.q);
  const search = pattern ? or(ilike(people.name, pattern), ilike(people.nip, pattern)) : undefined;
  const scope = preselected(actor.personId);
  const matching = and(search, filterSql(page.filter, overdue));
  const [rows, groups] = await Promise.all([
    db
      .select({
        cycle: cycles,
        periodName: periods.name,
        districtId: periods.districtId,
        timeZone: districts.timeZone,
        planId: plans.id,
        submittedAt: plans.submittedAt,
        name: people.name,
        nip: people.nip,
        schoolName: schools.name,
        status: planStatusSql,
        overdue,
        pendingReopen,
        rank,
      })
      .from(cycles)
      .innerJoin(periods, eq(periods.id, cycles.periodId))
      .innerJoin(districts, eq(districts.id, periods.districtId))
      .innerJoin(people, eq(people.id, cycles.personId))
      .leftJoin(plans, eq(plans.cycleId, cycles.id))
      .leftJoin(schools, eq(schools.id, cycles.schoolId))
      .where(
        and(
          scope,
          matching,
          after
            ? sql`(${rank}, ${people.name}, ${cycles.id}) > (${after[0]}::int, ${after[1]}, ${after[2]}::uuid)`
            : undefined,
        ),
      )
      .orderBy(rank, people.name, cycles.id)
      .limit(page.limit + 1),
    db
      .select({
        status: planStatusSql,
        phase: cycles.phase,
        n: sql<number>`count(*)::int`,
        overdue: sql<number>`(count(*) filter (where ${overdue}))::int`,
        matching: matching ? sql<number>`(count(*) filter (where ${matching}))::int` : sql<number>`count(*)::int`,
      })
      .from(cycles)
      .innerJoin(periods, eq(periods.id, cycles.periodId))
      .innerJoin(districts, eq(districts.id, periods.districtId))
      .innerJoin(people, eq(people.id, cycles.personId))
      .leftJoin(plans, eq(plans.cycleId, cycles.id))
      .where(scope)
      .groupBy(planStatusSql, cycles.phase),
  ]);
  const examined = rows.slice(0, page.limit);
  const roles = await assessorRolesOf(
    db,
    actor.personId,
    examined.map((r) => candidateOf(r.cycle, r.districtId, dateInZone(now, r.timeZone))),
  );
  // The cursor is the last row examined, shown or not: no row is skipped or repeated.
  const last = examined.at(-1);
  const items = examined.flatMap((r) => {
    const as = roles.get(r.cycle.id);
    if (!as) return [];
    return [
      {
        cycleId: r.cycle.id,
        personId: r.cycle.personId,
        periodId: r.cycle.periodId,
        periodName: r.periodName,
        planId: r.planId,
        name: r.name,
        nip: r.nip,
        track: r.cycle.track,
        schoolName: r.schoolName,
        phase: r.cycle.phase as Phase,
        status: r.status,
        submittedAt: r.submittedAt?.toISOString() ?? null,
        overdue: r.overdue,
        pendingReopen: r.pendingReopen,
        as,
      },
    ];
  });
  const counts: Record<QueueStatus, number> = {
    not_started: 0,
    draft: 0,
    submitted: 0,
    returned: 0,
    approved: 0,
    agreed: 0,
  };
  const byPhase: Partial<Record<Phase, number>> = {};
  let overdueCount = 0;
  let total = 0;
  for (const g of groups) {
    counts[g.status] += g.n;
    byPhase[g.phase as Phase] = (byPhase[g.phase as Phase] ?? 0) + g.n;
    overdueCount += g.overdue;
    total += g.matching;
  }
  return {
    counts,
    byPhase,
    overdue: overdueCount,
    total,
    items,
    nextCursor: rows.length > page.limit && last ? encodeCursor([last.rank, last.name, last.cycle.id]) : null,
  };
}
