import { sql } from "drizzle-orm";
import { assignments, cycles, people, periods, schools, timKinerjaSubjects } from "../../db/schema.js";
import { type Actor, type PlanAudience, planRoles } from "../../domain/auth/policy.js";
import { assessorRoleOn, type CycleSubject, superiorOn } from "../../domain/org/assessors.js";
import type { AssignmentFact, IsoDate } from "../../domain/org/types.js";

/** A hat around a cycle, with the names the screens show (the atasan's, a supervised school's). */
export type CycleFact = AssignmentFact & { name: string; schoolName: string | null };

/**
 * The hats that decide who acts on a cycle — the person's own, the school's KS and Plt, the
 * district's Kepala Dinas and Tim Kinerja (each member's hat saying whether they are named for this
 * cycle's person) — with names, as a JSON column of a query that joins
 * `cycles` and `periods`: the plan scope and the practice scope read them in their one statement.
 */
export const cycleFactsSql = sql<CycleFact[]>`coalesce((
  select json_agg(json_build_object(
    'personId', a.person_id, 'kind', a.kind, 'districtId', a.district_id, 'schoolId', a.school_id,
    'acting', a.acting, 'startsOn', a.starts_on, 'endsOn', a.ends_on, 'name', pp.name,
    'schoolName', (select s.name from ${schools} s where s.id = a.school_id),
    'namedSubjectIds', case when a.kind = 'tim_kinerja' then array(select l.subject_id from ${timKinerjaSubjects} l
      where l.member_id = a.person_id and l.district_id = a.district_id and l.subject_id = ${cycles.personId}) end))
  from ${assignments} a join ${people} pp on pp.id = a.person_id
  where a.district_id = ${periods.districtId} and (a.person_id = ${cycles.personId}
    or a.kind in ('head_of_district', 'tim_kinerja')
    or (a.kind = 'principal' and a.school_id = ${cycles.schoolId}))), '[]'::json)`;

type CycleLike = { personId: string; track: CycleSubject["track"]; schoolId: string | null };

/**
 * Who the actor is to a cycle on `today`, from the hats around it: the live atasan (a Plt only
 * within their dates), the actor's assessor role, the audience the policy is asked about, the
 * actor's roles on its documents and how a decision is recorded (as the atasan or Tim Kinerja
 * when that is a role, else as owner or admin). The plan and the practice scopes both use it.
 */
export function cycleAudience(
  actor: Actor,
  cycle: CycleLike,
  districtId: string,
  facts: readonly AssignmentFact[],
  today: IsoDate,
) {
  const subject: CycleSubject = { personId: cycle.personId, track: cycle.track, districtId, schoolId: cycle.schoolId };
  const live = superiorOn(subject, facts, today);
  const assessorRole = assessorRoleOn(actor.personId, subject, facts, today);
  const audience: PlanAudience = { ownerId: cycle.personId, districtId, assessorRole };
  const roles = planRoles(actor, audience);
  const actingAs: string = assessorRole ?? (roles.includes("owner") ? "owner" : "admin");
  return { live, assessorRole, audience, roles, actingAs };
}
