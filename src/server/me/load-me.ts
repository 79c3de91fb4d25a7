import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { preparedOn } from "../../db/prepared.js";
import { assignments, cycles, districts, documents, people, periods, schools } from "../../db/schema.js";
import { adminDistricts, hasAdminAccess } from "../../domain/auth/policy.js";
import { nextStepKey, type PeriodWindows, type Phase, windowOf, windowState } from "../../domain/cycles/phase.js";
import type { CycleTrack, SuperiorKind } from "../../domain/org/assessors.js";
import type { AssignmentKind } from "../../domain/org/types.js";
import type { PlanStatus } from "../../domain/planning/state.js";
import type { ObservationMode } from "../../domain/practice/context.js";
import { practiceSummary } from "../../domain/practice/stages.js";
import { DEFAULT_TIME_ZONE, dateInZone, type TimeZone } from "../../domain/time/today.js";
import { notFound } from "../core/errors.js";
import type { SessionActor, SessionRider } from "../core/session.js";
import { planStatusOf } from "../planning/plan-status.js";
import type { Me, MyCorrection, Role } from "./contract.js";

function rolesOf(actor: SessionActor): Role[] {
  const roles = new Set<Role>();
  for (const h of actor.hats) {
    if (h.kind === "teacher") roles.add("guru");
    if (h.kind === "principal") roles.add(h.acting ? "plt_kepala_sekolah" : "kepala_sekolah");
    if (h.kind === "supervisor") roles.add("pengawas");
    if (h.kind === "tim_kinerja") roles.add("tim_kinerja");
    if (h.kind === "operator") roles.add("operator");
    if (h.kind === "admin") roles.add("admin");
    if (h.kind === "head_of_district") roles.add("kepala_dinas");
  }
  return [...roles];
}

type HatRow = {
  kind: AssignmentKind;
  acting: boolean;
  districtId: string;
  districtName: string;
  timeZone: TimeZone;
  schoolId: string | null;
  schoolName: string | null;
  startsOn: string;
  endsOn: string | null;
};

type CycleRow = PeriodWindows & {
  cycleId: string;
  periodId: string;
  periodName: string;
  track: CycleTrack;
  phase: Phase;
  superiorKind: SuperiorKind | null;
  schoolName: string | null;
  superiorName: string | null;
  timeZone: TimeZone;
  plan: { status: PlanStatus | null; version: number | null; revision: number | null };
  /** The practice documents' statuses by kind (null: none yet). */
  documents: Record<string, string> | null;
  /** A KS's persiapan: how the observation is made (null for everyone else). */
  observationMode: ObservationMode | null;
};

/**
 * The person, every hat and every cycle with its period and plan status: one statement, prepared
 * once. (`people.id` is written out: Drizzle leaves a lone table's columns unqualified, which the
 * subqueries' own tables would make ambiguous.)
 */
const meFields = {
  person: people,
  hats: sql<HatRow[]>`coalesce((
          select json_agg(json_build_object('kind', a.kind, 'acting', a.acting, 'districtId', a.district_id,
            'districtName', d.name, 'timeZone', d.time_zone, 'schoolId', a.school_id, 'schoolName', s.name,
            'startsOn', a.starts_on, 'endsOn', a.ends_on) order by a.starts_on, a.id)
          from ${assignments} a join ${districts} d on d.id = a.district_id left join ${schools} s on s.id = a.school_id
          where a.person_id = people.id), '[]'::json)`,
  cycles: sql<CycleRow[]>`coalesce((
          select json_agg(json_build_object('cycleId', c.id, 'periodId', p.id, 'periodName', p.name,
            'track', c.track, 'phase', c.phase, 'superiorKind', c.superior_kind, 'schoolName', s.name,
            'superiorName', sp.name, 'timeZone', d.time_zone,
            'planningOpensOn', p.planning_opens_on, 'planningClosesOn', p.planning_closes_on,
            'executionOpensOn', p.execution_opens_on, 'executionClosesOn', p.execution_closes_on,
            'assessmentOpensOn', p.assessment_opens_on, 'assessmentClosesOn', p.assessment_closes_on,
            'plan', json_build_object('status', pl.status, 'version', pl.version, 'revision', pl.revision),
            'documents', (select json_object_agg(dd.kind, dd.status) from documents dd where dd.cycle_id = c.id and dd.kind <> 'plan'),
            'observationMode', (select dd.content->>'observationMode' from documents dd
              where dd.cycle_id = c.id and dd.kind = 'persiapan' and c.track = 'kepala_sekolah'))
            order by p.starts_on desc, c.id)
          from ${cycles} c join ${periods} p on p.id = c.period_id join ${districts} d on d.id = p.district_id
            left join ${schools} s on s.id = c.school_id left join ${people} sp on sp.id = c.superior_id
            left join ${documents} pl on pl.cycle_id = c.id and pl.kind = 'plan'
          where c.person_id = people.id), '[]'::json)`,
  // The latest data correction I reported and what became of it (the home page shows it).
  correction: sql<MyCorrection | null>`(
          select json_build_object('status', pc.status, 'note', pc.note, 'resolutionNote', pc.resolution_note,
            'resolvedAt', pc.resolved_at, 'resolvedByName', r.name,
            'dataChanged', exists(select 1 from audit_events ae where ae.entity_type = 'person'
              and ae.entity_id = people.id::text and ae.action = 'person_updated' and ae.at > pc.created_at
              and ae.data <> '{}'::jsonb))
          from profile_corrections pc left join ${people} r on r.id = pc.resolved_by
          where pc.person_id = people.id order by pc.created_at desc, pc.id desc limit 1)`,
};

const meQuery = (db: Db) =>
  preparedOn(db, "me", () =>
    db
      .select(meFields)
      .from(people)
      .where(eq(people.id, sql.placeholder("personId")))
      .prepare("me"),
  );

type MeRow = Awaited<ReturnType<ReturnType<typeof meQuery>["execute"]>>[number];

/** /api/me rides with the session lookup: the signed-in person is the session statement's `people`. */
export const meRider: SessionRider = { name: "me", fields: meFields };

/**
 * Everything the home pages need in one request and one statement, the session's (`meRider`): fast
 * on a cheap phone over a slow link. The people I assess are not in it (a Kepala Dinas assesses
 * thousands): "Pegawai Saya" reads them a page at a time from the planning queue.
 */
export async function loadMe(db: Db, actor: SessionActor, now: Date, ride?: unknown): Promise<Me> {
  const row = (ride as MeRow | undefined) ?? (await meQuery(db).execute({ personId: actor.personId }))[0];
  if (!row) throw notFound();
  const { person, hats: hatRows, cycles: mine, correction } = row;

  // "My" date: the district of my first active hat (one district for nearly everyone).
  const home = hatRows.find((h) => h.districtId === actor.hats[0]?.districtId) ?? hatRows[0];
  const homeZone = home?.timeZone ?? mine[0]?.timeZone ?? DEFAULT_TIME_ZONE;
  return {
    person: {
      id: person.id,
      name: person.name,
      nip: person.nip,
      nuptk: person.nuptk,
      email: person.email,
      employmentStatus: person.employmentStatus,
      rank: person.rank,
      positionLevel: person.positionLevel,
    },
    correction: correction
      ? { ...correction, resolvedAt: correction.resolvedAt ? new Date(correction.resolvedAt).toISOString() : null }
      : null,
    roles: rolesOf(actor),
    hats: hatRows
      .filter((h) => h.endsOn === null || h.endsOn >= dateInZone(now, h.timeZone))
      .map((h) => ({
        kind: h.kind,
        acting: h.acting,
        districtId: h.districtId,
        districtName: h.districtName,
        schoolId: h.schoolId,
        schoolName: h.schoolName,
        startsOn: h.startsOn,
        endsOn: h.endsOn,
      })),
    csrfToken: actor.csrfToken,
    mustChangePassword: actor.mustChangePassword,
    canAdmin: hasAdminAccess(actor),
    canManageDistrict: adminDistricts(actor).length > 0,
    today: dateInZone(now, homeZone),
    myCycles: mine.map((c) => {
      const state = windowState(c.phase, c, dateInZone(now, c.timeZone));
      const planStatus = planStatusOf(c.plan);
      return {
        cycleId: c.cycleId,
        periodId: c.periodId,
        periodName: c.periodName,
        track: c.track,
        phase: c.phase,
        windowState: state,
        nextStepKey: nextStepKey(c.phase, state, planStatus, practiceStep(c, planStatus, now)),
        deadline: windowOf(c.phase, c)?.closesOn ?? null,
        schoolName: c.schoolName,
        superiorName: c.superiorName,
        superiorKind: c.superiorKind,
        planStatus,
      };
    }),
  };
}

/** The current practice stage of an agreed plan and whose turn it is (no extensions: a hint, not a rule). */
function practiceStep(c: CycleRow, planStatus: string, now: Date) {
  if ((c.phase !== "pelaksanaan" && c.phase !== "penilaian") || planStatus !== "agreed") return null;
  const { stage, nextActor } = practiceSummary(
    {
      track: c.track,
      planStatus: "agreed",
      window: { opensOn: c.executionOpensOn, closesOn: c.executionClosesOn },
      assessmentWindow: { opensOn: c.assessmentOpensOn, closesOn: c.assessmentClosesOn },
      today: dateInZone(now, c.timeZone),
      documents: c.documents ?? {},
    },
    c.observationMode,
  );
  return { stage, nextActor };
}
