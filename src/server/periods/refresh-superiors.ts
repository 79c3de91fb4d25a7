import { and, eq, gte, inArray, lte } from "drizzle-orm";
import type { Db, Queryable } from "../../db/client.js";
import { assignments, cycleAssessors, cycles, periods } from "../../db/schema.js";
import { type CycleSubject, superiorOn } from "../../domain/org/assessors.js";
import type { AssignmentFact, IsoDate } from "../../domain/org/types.js";

export async function districtAssignments(tx: Queryable, districtId: string): Promise<AssignmentFact[]> {
  return tx.select().from(assignments).where(eq(assignments.districtId, districtId));
}

/**
 * Re-derives the atasan and Tim Kinerja of every cycle in the district's running periods,
 * as of `date`. Called after any assignment change (admin form, import), inside its transaction,
 * so a new Plt or a KS who left is reflected at once.
 */
export async function refreshSuperiors(tx: Queryable, districtId: string, date: IsoDate): Promise<number> {
  const running = await tx
    .select({ id: periods.id })
    .from(periods)
    .where(and(eq(periods.districtId, districtId), lte(periods.startsOn, date), gte(periods.assessmentClosesOn, date)));
  if (running.length === 0) return 0;
  const facts = await districtAssignments(tx, districtId);
  const rows = await tx
    .select()
    .from(cycles)
    .where(
      inArray(
        cycles.periodId,
        running.map((p) => p.id),
      ),
    );
  let changed = 0;
  for (const cycle of rows) {
    const subject: CycleSubject = {
      personId: cycle.personId,
      track: cycle.track,
      districtId,
      schoolId: cycle.schoolId,
    };
    const result = superiorOn(subject, facts, date);
    const superiorId = result.ok ? result.superiorId : null;
    const superiorKind = result.ok ? result.superiorKind : null;
    if (superiorId !== cycle.superiorId || superiorKind !== cycle.superiorKind) {
      await tx.update(cycles).set({ superiorId, superiorKind, updatedAt: new Date() }).where(eq(cycles.id, cycle.id));
      changed++;
    }
    await tx.delete(cycleAssessors).where(eq(cycleAssessors.cycleId, cycle.id));
    if (result.assessorIds.length > 0) {
      await tx.insert(cycleAssessors).values(result.assessorIds.map((personId) => ({ cycleId: cycle.id, personId })));
    }
  }
  return changed;
}

/**
 * Assignments have dates: a Plt's term starts or ends overnight with no edit to trigger a refresh.
 * The server runs this at start and hourly; it only writes cycles whose atasan changed.
 */
export async function refreshRunningPeriods(db: Db, date: IsoDate): Promise<number> {
  const districtIds = await db
    .selectDistinct({ id: periods.districtId })
    .from(periods)
    .where(and(lte(periods.startsOn, date), gte(periods.assessmentClosesOn, date)));
  let changed = 0;
  for (const { id } of districtIds) changed += await db.transaction((tx) => refreshSuperiors(tx, id, date));
  return changed;
}
