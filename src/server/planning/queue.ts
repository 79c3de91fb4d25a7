import { eq, inArray, or } from "drizzle-orm";
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
import { effectiveClose } from "../../domain/planning/window.js";
import { dateInZone } from "../../domain/time/today.js";
import type { SessionActor } from "../core/session.js";
import { assessorRolesOf, candidateOf } from "../org/facts.js";
import { planStatusOf } from "./plan-status.js";

/**
 * The atasan's view of planning: every plan of the people they assess, counts per status, and
 * which are overdue (not yet submitted — or still awaiting approval — after the planning close).
 * A Plt sees their teachers only while their Plt assignment runs.
 */
export async function planningQueue(db: Db, actor: SessionActor, now: Date) {
  const teamCycles = db
    .select({ id: cycleAssessors.cycleId })
    .from(cycleAssessors)
    .where(eq(cycleAssessors.personId, actor.personId));
  const rows = await db
    .select({
      cycle: cycles,
      period: periods,
      plan: plans,
      name: people.name,
      nip: people.nip,
      schoolName: schools.name,
      timeZone: districts.timeZone,
    })
    .from(cycles)
    .innerJoin(periods, eq(periods.id, cycles.periodId))
    .innerJoin(districts, eq(districts.id, periods.districtId))
    .innerJoin(people, eq(people.id, cycles.personId))
    .leftJoin(schools, eq(schools.id, cycles.schoolId))
    .leftJoin(plans, eq(plans.cycleId, cycles.id))
    .where(or(eq(cycles.superiorId, actor.personId), inSubquery(cycles.id, teamCycles)))
    .orderBy(people.name);
  const roles = await assessorRolesOf(
    db,
    actor.personId,
    rows.map((r) => candidateOf(r.cycle, r.period.districtId, dateInZone(now, r.timeZone))),
  );
  const visible = rows.filter((r) => roles.has(r.cycle.id));
  const periodIds = [...new Set(visible.map((r) => r.period.id))];
  const extensions = periodIds.length
    ? await db.select().from(windowExtensions).where(inArray(windowExtensions.periodId, periodIds))
    : [];
  const planIds = visible.flatMap((r) => (r.plan ? [r.plan.id] : []));
  const pending = planIds.length
    ? await db
        .select({ planId: reopenRequests.planId, status: reopenRequests.status })
        .from(reopenRequests)
        .where(inArray(reopenRequests.planId, planIds))
    : [];

  const items = visible.map((r) => {
    const status = planStatusOf(r.plan);
    const close = effectiveClose(
      r.period.planningClosesOn,
      extensions.filter((e) => e.periodId === r.period.id && e.phase === "perencanaan"),
      { personId: r.cycle.personId, schoolId: r.cycle.schoolId },
    );
    const unfinished =
      status === "not_started" || status === "draft" || status === "returned" || status === "submitted";
    return {
      cycleId: r.cycle.id,
      periodId: r.period.id,
      periodName: r.period.name,
      planId: r.plan?.id ?? null,
      name: r.name,
      nip: r.nip,
      track: r.cycle.track,
      schoolName: r.schoolName,
      status,
      submittedAt: r.plan?.submittedAt?.toISOString() ?? null,
      overdue: unfinished && dateInZone(now, r.timeZone) > close,
      pendingReopen: pending.some((p) => p.planId === r.plan?.id && p.status === "pending"),
      as: roles.get(r.cycle.id) ?? "tim_kinerja",
    };
  });
  const counts: Record<string, number> = {
    not_started: 0,
    draft: 0,
    submitted: 0,
    returned: 0,
    approved: 0,
    agreed: 0,
  };
  for (const i of items) counts[i.status] = (counts[i.status] ?? 0) + 1;
  return { counts, overdue: items.filter((i) => i.overdue).length, items };
}
