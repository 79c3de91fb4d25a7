import { and, eq, gt, gte, inArray, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import { anyUuid, chunks, inIdPages } from "../../db/chunks.js";
import type { Db, Queryable } from "../../db/client.js";
import { cycleAssessors, cycles, districts, people, periods, ruleSets } from "../../db/schema.js";
import { type FactIndex, indexedSubjectOn, indexedSuperiorOn, indexFacts } from "../../domain/org/fact-index.js";
import type { EmploymentStatus, IsoDate } from "../../domain/org/types.js";
import { dateInZone } from "../../domain/time/today.js";
import { breather, ITEMS_PER_SLICE } from "../core/breather.js";
import { districtToday } from "../core/clock.js";
import { namedLinks, withNamedSubjects } from "../org/named-links.js";
import { insertCycles, type NewCycle, replaceAssessors, type SuperiorChange, updateSuperiors } from "./cycle-writes.js";
import { assignmentsFor, districtAssignments } from "./org-facts.js";
import type { RefreshScope } from "./refresh-scope.js";

export { districtAssignments } from "./org-facts.js";

type CreateCycles = {
  periodId: string;
  districtId: string;
  eligible: readonly EmploymentStatus[];
  index: FactIndex;
  /** Who may need a cycle: everyone in the index when a period opens, the people touched otherwise. */
  personIds: readonly string[];
  date: IsoDate;
  /** Cycles written so far, of those to write: a province opens tens of thousands at once. */
  onProgress?: (done: number, total: number) => void;
};

/**
 * One cycle (with its empty plan) for every eligible candidate in post on `date` who has none in
 * the period yet, with the atasan derived on that date. Used when a period opens and when people
 * join a running one. Set-based: a handful of statements per few thousand people.
 */
export async function createMissingCycles(tx: Queryable, o: CreateCycles) {
  const existing = new Set<string>();
  const eligible = new Set<string>();
  for (const ids of chunks(o.personIds)) {
    const have = await tx
      .select({ personId: cycles.personId })
      .from(cycles)
      .where(and(eq(cycles.periodId, o.periodId), anyUuid(cycles.personId, ids)));
    for (const r of have) existing.add(r.personId);
    const statuses = await tx
      .select({ id: people.id, status: people.employmentStatus })
      .from(people)
      .where(anyUuid(people.id, ids));
    for (const r of statuses) if (o.eligible.includes(r.status)) eligible.add(r.id);
  }
  const rows: NewCycle[] = [];
  const withoutSuperiorIds: string[] = [];
  let seen = 0;
  for (const personId of new Set(o.personIds)) {
    if (++seen % ITEMS_PER_SLICE === 0) await breather();
    if (existing.has(personId) || !eligible.has(personId)) continue;
    const subject = indexedSubjectOn(o.index, personId, o.date);
    if (!subject || subject.districtId !== o.districtId) continue;
    const result = indexedSuperiorOn(o.index, subject, o.date);
    rows.push({
      periodId: o.periodId,
      personId,
      track: subject.track,
      schoolId: subject.schoolId,
      superiorId: result.ok ? result.superiorId : null,
      superiorKind: result.ok ? result.superiorKind : null,
      assessorIds: result.assessorIds,
    });
  }
  const created = await insertCycles(tx, rows, o.onProgress);
  // PGlite runs no autovacuum: after a bulk insert the planner would keep treating these tables
  // as empty and scan them whole on every scoped refresh.
  if (created.size >= 1000) await tx.execute(sql`analyze cycles, documents, cycle_assessors`);
  for (const r of rows) if (created.has(r.personId) && r.superiorId === null) withoutSuperiorIds.push(r.personId);
  return { created: created.size, withoutSuperiorIds };
}

/** The cycles of the running periods a refresh looks at. */
function cyclesInScope(periodIds: string[], scope: RefreshScope): SQL | undefined {
  const inPeriods = inArray(cycles.periodId, periodIds);
  if (scope.kind === "district") return inPeriods;
  return and(
    inPeriods,
    or(
      scope.personIds.length ? anyUuid(cycles.personId, scope.personIds) : undefined,
      scope.schoolIds.length ? anyUuid(cycles.schoolId, scope.schoolIds) : undefined,
      // A Kepala Dinas or Tim Kinerja change reaches the KS and pengawas cycles, a Plt's own
      // guru cycle (assessed by the Dinas), and any cycle still without an atasan.
      scope.leaders ? inArray(cycles.track, ["kepala_sekolah", "pengawas"]) : undefined,
      scope.leaders ? eq(cycles.superiorKind, "head_of_district") : undefined,
      // superior_kind is null exactly when superior_id is (written together).
      scope.leaders ? isNull(cycles.superiorKind) : undefined,
      sql`false`,
    ),
  );
}

type Refresh = { districtId: string; now: Date; scope: RefreshScope };

/**
 * Re-derives the atasan and Tim Kinerja of the cycles in `scope`, in the district's running
 * periods as of the district's date, and gives people who joined since a period opened their
 * cycle. Called after any assignment change (admin form, import) inside its transaction, and
 * hourly. Computes in memory with the pure rules and writes only what changed, in chunks.
 * Returns how many cycles got another atasan.
 */
export async function refreshSuperiors(tx: Queryable, o: Refresh): Promise<number> {
  return refreshOnDate(tx, o.districtId, await districtToday(tx, o.districtId, o.now), o.scope);
}

async function refreshOnDate(tx: Queryable, districtId: string, date: IsoDate, scope: RefreshScope) {
  const running = await tx
    .select({ id: periods.id, content: ruleSets.content })
    .from(periods)
    .innerJoin(ruleSets, eq(ruleSets.id, periods.ruleSetId))
    .where(and(eq(periods.districtId, districtId), lte(periods.startsOn, date), gte(periods.assessmentClosesOn, date)));
  if (running.length === 0) return 0;
  const periodIds = running.map((p) => p.id);
  const rows = await inIdPages(
    (after, limit) =>
      tx
        .select({
          id: cycles.id,
          personId: cycles.personId,
          track: cycles.track,
          schoolId: cycles.schoolId,
          superiorId: cycles.superiorId,
          superiorKind: cycles.superiorKind,
        })
        .from(cycles)
        .where(and(cyclesInScope(periodIds, scope), after ? gt(cycles.id, after) : undefined))
        .orderBy(cycles.id)
        .limit(limit),
    breather,
  );
  const facts =
    scope.kind === "district"
      ? await districtAssignments(tx, districtId)
      : await assignmentsFor(tx, districtId, scope.personIds, [
          ...scope.schoolIds,
          ...rows.flatMap((c) => (c.schoolId ? [c.schoolId] : [])),
        ]);
  // The Tim Kinerja named for the cycles' people (and anyone who may get a cycle now).
  const links = await namedLinks(
    tx,
    [districtId],
    scope.kind === "district" ? null : [...rows.map((c) => c.personId), ...scope.personIds],
  );
  const index = indexFacts(withNamedSubjects(facts, links));
  const candidates = scope.kind === "district" ? [...index.byPerson.keys()] : scope.personIds;
  for (const p of running) {
    const eligible = p.content.settings.eligibleEmploymentStatuses;
    await createMissingCycles(tx, { periodId: p.id, districtId, eligible, index, personIds: candidates, date });
  }

  const teams = new Map<string, string[]>();
  for (const ids of chunks(rows.map((c) => c.id))) {
    const current = await tx.select().from(cycleAssessors).where(anyUuid(cycleAssessors.cycleId, ids));
    for (const a of current) {
      const team = teams.get(a.cycleId);
      if (team) team.push(a.personId);
      else teams.set(a.cycleId, [a.personId]);
    }
  }
  const changes: SuperiorChange[] = [];
  const newTeams = new Map<string, string[]>();
  for (const [i, cycle] of rows.entries()) {
    if (i > 0 && i % ITEMS_PER_SLICE === 0) await breather();
    const subject = { personId: cycle.personId, track: cycle.track, districtId, schoolId: cycle.schoolId };
    const result = indexedSuperiorOn(index, subject, date);
    const superiorId = result.ok ? result.superiorId : null;
    const superiorKind = result.ok ? result.superiorKind : null;
    if (superiorId !== cycle.superiorId || superiorKind !== cycle.superiorKind) {
      changes.push({ cycleId: cycle.id, superiorId, superiorKind });
    }
    const before = teams.get(cycle.id)?.sort().join() ?? "";
    if (before !== result.assessorIds.join()) newTeams.set(cycle.id, result.assessorIds);
  }
  await updateSuperiors(tx, changes);
  await replaceAssessors(tx, newTeams);
  return changes.length;
}

/**
 * Assignments have dates: a Plt's term starts or ends at the district's midnight with no edit to
 * trigger a refresh. The server runs this soon after start and just after every hour, once across
 * nodes (core/periodic-jobs.ts); each district on its own date.
 */
export async function refreshRunningPeriods(db: Db, now: Date): Promise<number> {
  const list = await db
    .selectDistinct({ id: districts.id, timeZone: districts.timeZone })
    .from(districts)
    .innerJoin(periods, eq(periods.districtId, districts.id));
  let changed = 0;
  for (const d of list) {
    const date = dateInZone(now, d.timeZone);
    changed += await db.transaction((tx) => refreshOnDate(tx, d.id, date, { kind: "district" }));
  }
  return changed;
}
