import { and, eq, gte, inArray, lte, or } from "drizzle-orm";
import type { Db, Queryable } from "../../db/client.js";
import { assignments, cycleAssessors, cycles, people, periods, ruleSets } from "../../db/schema.js";
import { type CycleSubject, subjectOn, superiorOn } from "../../domain/org/assessors.js";
import type { AssignmentFact, EmploymentStatus, IsoDate } from "../../domain/org/types.js";

export async function districtAssignments(tx: Queryable, districtId: string): Promise<AssignmentFact[]> {
  return tx.select().from(assignments).where(eq(assignments.districtId, districtId));
}

/**
 * Just the assignments `superiorOn` needs for one person: their own, their school's principals,
 * and the district-wide Kepala Dinas and Tim Kinerja. Every plan action (autosave included) derives
 * the atasan live, so this stays small however large the district is.
 */
export async function assignmentsAround(
  tx: Queryable,
  districtId: string,
  personId: string,
  schoolId: string | null,
): Promise<AssignmentFact[]> {
  return tx
    .select()
    .from(assignments)
    .where(
      and(
        eq(assignments.districtId, districtId),
        or(
          eq(assignments.personId, personId),
          inArray(assignments.kind, ["head_of_district", "tim_kinerja"]),
          schoolId ? and(eq(assignments.kind, "principal"), eq(assignments.schoolId, schoolId)) : undefined,
        ),
      ),
    );
}

type CreateCycles = {
  periodId: string;
  districtId: string;
  eligible: readonly EmploymentStatus[];
  facts: AssignmentFact[];
  date: IsoDate;
};

/**
 * One cycle for every eligible person in post on `date` who has none in the period yet, with the
 * atasan derived on that date. Used when a period opens and when people join a running one.
 */
export async function createMissingCycles(tx: Queryable, o: CreateCycles) {
  const existing = new Set(
    (await tx.select({ personId: cycles.personId }).from(cycles).where(eq(cycles.periodId, o.periodId))).map(
      (r) => r.personId,
    ),
  );
  const candidates = [...new Set(o.facts.map((f) => f.personId))].filter((id) => !existing.has(id));
  const statuses = candidates.length
    ? await tx
        .select({ id: people.id, status: people.employmentStatus })
        .from(people)
        .where(inArray(people.id, candidates))
    : [];
  const withoutSuperiorIds: string[] = [];
  let created = 0;
  for (const { id: personId, status } of statuses) {
    if (!o.eligible.includes(status)) continue;
    const subject = subjectOn(personId, o.facts, o.date);
    if (!subject || subject.districtId !== o.districtId) continue;
    const result = superiorOn(subject, o.facts, o.date);
    const [cycle] = await tx
      .insert(cycles)
      .values({
        periodId: o.periodId,
        personId,
        track: subject.track,
        schoolId: subject.schoolId,
        superiorId: result.ok ? result.superiorId : null,
        superiorKind: result.ok ? result.superiorKind : null,
      })
      .returning({ id: cycles.id });
    if (!cycle) throw new Error("cycle insert returned nothing");
    if (result.assessorIds.length > 0) {
      await tx.insert(cycleAssessors).values(result.assessorIds.map((id) => ({ cycleId: cycle.id, personId: id })));
    }
    if (!result.ok) withoutSuperiorIds.push(personId);
    created++;
  }
  return { created, withoutSuperiorIds };
}

/**
 * Re-derives the atasan and Tim Kinerja of every cycle in the district's running periods,
 * as of `date`, and gives people who joined since the period opened their cycle. Called after
 * any assignment change (admin form, import), inside its transaction, so a new Plt or a KS who
 * left is reflected at once.
 */
export async function refreshSuperiors(tx: Queryable, districtId: string, date: IsoDate): Promise<number> {
  const running = await tx
    .select({ id: periods.id, content: ruleSets.content })
    .from(periods)
    .innerJoin(ruleSets, eq(ruleSets.id, periods.ruleSetId))
    .where(and(eq(periods.districtId, districtId), lte(periods.startsOn, date), gte(periods.assessmentClosesOn, date)));
  if (running.length === 0) return 0;
  const facts = await districtAssignments(tx, districtId);
  for (const p of running) {
    const eligible = p.content.settings.eligibleEmploymentStatuses;
    await createMissingCycles(tx, { periodId: p.id, districtId, eligible, facts, date });
  }
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
