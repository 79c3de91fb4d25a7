import { and, eq, inArray, or } from "drizzle-orm";
import type { Queryable } from "../../db/client.js";
import { assignments, districts } from "../../db/schema.js";
import type { PersonFacts } from "../../domain/auth/policy.js";
import { type AssessorRole, assessorRoleOn, type CycleSubject } from "../../domain/org/assessors.js";
import type { AssignmentFact, IsoDate } from "../../domain/org/types.js";
import { dateInZone } from "../../domain/time/today.js";
import { namedLinks, withNamedSubjects } from "./named-links.js";

/** A hat with its dates: what the policy and the assessor rule read of an assignment. */
export const HAT_COLUMNS = {
  kind: assignments.kind,
  districtId: assignments.districtId,
  schoolId: assignments.schoolId,
  acting: assignments.acting,
  startsOn: assignments.startsOn,
  endsOn: assignments.endsOn,
};

/** Every hat of each person, each with its district's date at `now`: the policy's person rules, in one query for a whole list. */
export async function personFactsOfMany(
  db: Queryable,
  personIds: readonly string[],
  now: Date,
): Promise<Map<string, PersonFacts>> {
  const facts = new Map<string, PersonFacts>(personIds.map((personId) => [personId, { personId, hats: [] }]));
  if (personIds.length === 0) return facts;
  const rows = await db
    .select({ personId: assignments.personId, ...HAT_COLUMNS, timeZone: districts.timeZone })
    .from(assignments)
    .innerJoin(districts, eq(districts.id, assignments.districtId))
    .where(inArray(assignments.personId, [...personIds]));
  for (const { personId, timeZone, ...hat } of rows) {
    facts.get(personId)?.hats.push({ ...hat, today: dateInZone(now, timeZone) });
  }
  return facts;
}

export async function personFacts(db: Queryable, personId: string, now: Date): Promise<PersonFacts> {
  return (await personFactsOfMany(db, [personId], now)).get(personId) ?? { personId, hats: [] };
}

/**
 * The assignments `assessorRoleOn` needs for subjects in these districts: the Kepala Dinas and
 * Tim Kinerja hats (with the subjects each member is named for), and the principals (definitive
 * and Plt) of the subjects' schools. Two queries, whatever the number of subjects.
 */
export async function assessmentFacts(
  db: Queryable,
  districtIds: readonly string[],
  schoolIds: readonly string[],
  subjectIds: readonly string[],
): Promise<AssignmentFact[]> {
  if (districtIds.length === 0) return [];
  const schools = [...new Set(schoolIds)];
  const facts = await hatsAround(db, districtIds, schools);
  return withNamedSubjects(facts, await namedLinks(db, districtIds, subjectIds));
}

function hatsAround(db: Queryable, districtIds: readonly string[], schools: readonly string[]) {
  return db
    .select({ personId: assignments.personId, ...HAT_COLUMNS })
    .from(assignments)
    .where(
      and(
        inArray(assignments.districtId, [...new Set(districtIds)]),
        or(
          inArray(assignments.kind, ["head_of_district", "tim_kinerja"]),
          schools.length > 0
            ? and(eq(assignments.kind, "principal"), inArray(assignments.schoolId, schools))
            : undefined,
        ),
      ),
    );
}

/** A cycle the actor may assess, with its district's date. */
export type CandidateCycle = { cycleId: string; subject: CycleSubject; today: IsoDate };

/**
 * For lists (the queue, /api/me, file access): which of these cycles the actor assesses today and
 * as what, by the one rule `assessorRoleOn`. The stored atasan of a cycle only pre-selects the
 * candidates; this decides. One query for any number of cycles.
 */
export async function assessorRolesOf(
  db: Queryable,
  actorId: string,
  candidates: readonly CandidateCycle[],
): Promise<Map<string, AssessorRole>> {
  const facts = await assessmentFacts(
    db,
    candidates.map((c) => c.subject.districtId),
    candidates.flatMap((c) => (c.subject.track === "guru" && c.subject.schoolId ? [c.subject.schoolId] : [])),
    candidates.map((c) => c.subject.personId),
  );
  const roles = new Map<string, AssessorRole>();
  for (const c of candidates) {
    const role = assessorRoleOn(actorId, c.subject, facts, c.today);
    if (role) roles.set(c.cycleId, role);
  }
  return roles;
}

type CycleLike = { id: string; personId: string; track: CycleSubject["track"]; schoolId: string | null };

export function candidateOf(cycle: CycleLike, districtId: string, today: IsoDate): CandidateCycle {
  return {
    cycleId: cycle.id,
    subject: { personId: cycle.personId, track: cycle.track, districtId, schoolId: cycle.schoolId },
    today,
  };
}
