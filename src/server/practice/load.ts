import { eq, sql } from "drizzle-orm";
import type { Queryable } from "../../db/client.js";
import { preparedOn } from "../../db/prepared.js";
import { cycles, districts, periods } from "../../db/schema.js";
import { resultsLocked } from "../../domain/assessment/finalise.js";
import { type AssessmentScope, assessmentScope } from "../../domain/assessment/scope.js";
import { documentRoles } from "../../domain/auth/policy.js";
import type { AnyDocumentType, DocumentRole, DocumentWindow } from "../../domain/documents/engine.js";
import { ZDutyLine, ZRhkLine } from "../../domain/planning/content.js";
import type { PlanStatus } from "../../domain/planning/state.js";
import { type Extension, effectiveClose } from "../../domain/planning/window.js";
import type { PlanTargets } from "../../domain/practice/context.js";
import { type PracticeKind, type StagesInput, stageStatesFor, stagesFor } from "../../domain/practice/stages.js";
import { dateInZone } from "../../domain/time/today.js";
import { authorize } from "../core/authorize.js";
import { AppError, notFound } from "../core/errors.js";
import { rideOnPathId, type SessionActor, type SessionRider } from "../core/session.js";
import { cycleAudience, cycleFactsSql } from "../org/cycle-facts.js";
import { planOfCycle, plans, type ReopenRequestRow, ruleSetById } from "../planning/load.js";
import { definitionsOf } from "./present.js";

/** A stored document as the scope reads it (timestamps as JSON strings). */
export type DocumentRow = {
  id: string;
  kind: PracticeKind;
  status: string;
  version: number;
  revision: number;
  content: unknown;
  submittedAt: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  decidedByName: string | null;
  decidedAs: string | null;
  note: string | null;
  updatedAt: string;
  /** Requests to reopen it (newest first), with the names of who asked and who decided. */
  requests: ReopenRequestRow[];
};

/** A pengawas's survey as the scope reads it (timestamps as JSON strings). */
export type SurveyRow = {
  id: string;
  schoolId: string;
  schoolName: string;
  status: "sent" | "answered";
  questions: unknown;
  answers: unknown;
  sentAt: string;
  answeredAt: string | null;
};

/**
 * The cycle, its period, the plan's status and indicator, every practice document of the cycle,
 * the hats around it and the pelaksanaan extensions: ONE statement, prepared once.
 */
const scopeFields = {
  cycle: cycles,
  period: periods,
  timeZone: districts.timeZone,
  planStatus: plans.status,
  indicatorCode: sql<string | null>`${plans.content}->>'indicatorCode'`,
  // What the plan set out to achieve, for the bukti dukung / laporan: RHK items and tugas tambahan.
  planRhk: sql<unknown>`${plans.content}->'rhk'`,
  planDuties: sql<unknown>`case when ${plans.content}->>'noDuties' = 'true' then '[]'::jsonb else ${plans.content}->'duties' end`,
  documents: sql<DocumentRow[]>`coalesce((
          select json_agg(json_build_object('id', d.id, 'kind', d.kind, 'status', d.status, 'version', d.version,
            'revision', d.revision, 'content', d.content, 'submittedAt', d.submitted_at, 'decidedAt', d.decided_at,
            'decidedBy', d.decided_by, 'decidedByName', dp.name, 'decidedAs', d.decided_as, 'note', d.note,
            'updatedAt', d.updated_at, 'requests', coalesce((select json_agg(json_build_object('id', q.id,
              'reason', q.reason, 'status', q.status, 'requestedByName', qa.name, 'createdAt', q.created_at,
              'decidedByName', qb.name, 'decidedAs', q.decided_as, 'decisionNote', q.decision_note,
              'decidedAt', q.decided_at) order by q.created_at desc)
              from reopen_requests q join people qa on qa.id = q.requested_by left join people qb on qb.id = q.decided_by
              where q.document_id = d.id), '[]'::json)))
          from documents d left join people dp on dp.id = d.decided_by
          where d.cycle_id = ${cycles.id} and d.kind <> 'plan'), '[]'::json)`,
  // A pengawas's plan names the schools they accompany; one becomes the pendampingan's focus.
  planSchools: sql<{ id: string; name: string }[]>`coalesce((
          select json_agg(json_build_object('id', s.id, 'name', s.name) order by s.name) from schools s
          where s.id::text in (select jsonb_array_elements_text(coalesce(${plans.content}->'schoolIds', '[]'::jsonb)))), '[]'::json)`,
  // A pengawas's survey to the focus school's KS, once sent.
  survey: sql<SurveyRow | null>`(select json_build_object('id', ps.id, 'schoolId', ps.school_id,
            'schoolName', ss.name, 'status', ps.status, 'questions', ps.questions, 'answers', ps.answers,
            'sentAt', ps.sent_at, 'answeredAt', ps.answered_at)
          from practice_surveys ps join schools ss on ss.id = ps.school_id where ps.cycle_id = ${cycles.id})`,
  facts: cycleFactsSql,
  // When the pegawai took up their post in the district: one appointed after the practice
  // window opened is rated on perilaku only (DOMAIN.md §5).
  // The jenjang jabatan, for the result's angka kredit.
  positionLevel: sql<string>`(select p.position_level from people p where p.id = ${cycles.personId})`,
  appointedOn: sql<string | null>`(select min(a.starts_on) from assignments a
          where a.person_id = ${cycles.personId} and a.district_id = ${periods.districtId}
            and a.kind in ('teacher', 'principal', 'supervisor'))`,
  extensions: sql<(Extension & { phase: "pelaksanaan" | "penilaian" })[]>`coalesce((
          select json_agg(json_build_object('scope', e.scope, 'schoolId', e.school_id, 'personId', e.person_id,
            'closesOn', e.closes_on, 'phase', e.phase))
          from window_extensions e
          where e.period_id = ${periods.id} and e.phase in ('pelaksanaan', 'penilaian')
            and (e.scope = 'district' or e.school_id = ${cycles.schoolId} or e.person_id = ${cycles.personId})), '[]'::json)`,
};

const scopeQuery = (q: Queryable) =>
  preparedOn(q, "practice_scope", () =>
    q
      .select(scopeFields)
      .from(cycles)
      .innerJoin(periods, eq(periods.id, cycles.periodId))
      .innerJoin(districts, eq(districts.id, periods.districtId))
      .leftJoin(plans, planOfCycle(cycles.id))
      .where(eq(cycles.id, sql.placeholder("id")))
      .prepare("practice_scope"),
  );

type ScopeRow = Awaited<ReturnType<ReturnType<typeof scopeQuery>["execute"]>>[number];

/**
 * The scope rides with the session lookup on the practice screen and its documents' saves and
 * actions (`SessionRider`): the same fields, the same tables left-joined on the cycle in the path.
 */
export const practiceRider: SessionRider = {
  name: "practice",
  fields: scopeFields,
  join: (q) =>
    q
      .leftJoin(cycles, eq(cycles.id, sql.placeholder("rideId")))
      .leftJoin(periods, eq(periods.id, cycles.periodId))
      .leftJoin(districts, eq(districts.id, periods.districtId))
      .leftJoin(plans, planOfCycle(cycles.id)),
  values: rideOnPathId("cycleId"),
};

/**
 * Everything a practice decision needs: the cycle and its documents, the live atasan today (a Plt
 * acts only within their dates), the viewer's roles, the pelaksanaan window with extensions and
 * where each stage stands. Refuses (403) anyone who is neither the guru, their atasan or Tim
 * Kinerja today, nor the district admin.
 */
export async function loadPracticeScope(
  q: Queryable,
  actor: SessionActor,
  cycleId: string,
  now: Date,
  /** The scope as `practiceRider` read it with the session, if it rode (a first read only, never a re-read). */
  ride?: unknown,
) {
  const rode = ride as ScopeRow | undefined;
  const [row] = rode?.cycle?.id === cycleId && rode.period?.id ? [rode] : await scopeQuery(q).execute({ id: cycleId });
  if (!row) throw notFound();
  const { cycle, period, facts } = row;
  const ruleSet = await ruleSetById(q, period.ruleSetId);
  const today = dateInZone(now, row.timeZone);
  const { live, audience, roles, actingAs, assessorRole } = cycleAudience(
    actor,
    cycle,
    period.districtId,
    facts,
    today,
  );
  authorize(actor, { do: "documents.open", cycle: audience });
  const who = { personId: cycle.personId, schoolId: cycle.schoolId };
  const extended = (phase: "pelaksanaan" | "penilaian") => row.extensions.filter((e) => e.phase === phase);
  const window: DocumentWindow = {
    today,
    opensOn: period.executionOpensOn,
    closesOn: effectiveClose(period.executionClosesOn, extended("pelaksanaan"), who),
  };
  const assessmentWindow: DocumentWindow = {
    today,
    opensOn: period.assessmentOpensOn,
    closesOn: effectiveClose(period.assessmentClosesOn, extended("penilaian"), who),
  };
  /** The window a kind is acted on in: the penilaian's own, every other the pelaksanaan's. */
  const windowFor = (def: AnyDocumentType): DocumentWindow => (def.phase === "penilaian" ? assessmentWindow : window);
  /** The viewer's roles on a kind (`documentRoles`: the penilaian is the atasan's alone). */
  const rolesFor = (def: AnyDocumentType): DocumentRole[] => documentRoles(roles, assessorRole, def);
  const byKind = new Map(row.documents.map((d) => [d.kind, d]));
  const source = {
    cycle,
    ruleSet,
    indicatorCode: row.indicatorCode,
    planTargets: planTargetsOf(row.planRhk, row.planDuties),
    planSchools: row.planSchools,
    survey: row.survey,
    documents: byKind,
    today,
    assessmentScope: "full" as AssessmentScope,
    positionLevel: row.positionLevel,
  };
  // A pengawas's practice has its own documents (`stagesFor`).
  const kinds = stagesFor(cycle.track);
  const stagesInput: StagesInput<PracticeKind> = {
    track: cycle.track,
    planStatus: (row.planStatus as PlanStatus | null) ?? null,
    window,
    assessmentWindow,
    today,
    documents: Object.fromEntries(kinds.map((s) => [s, byKind.get(s)?.status ?? null])),
    definitionOf: definitionsOf(source),
  };
  const onPath = stageStatesFor(stagesInput);
  // The practice is done when the penilaian's own predecessors are (its stage is no longer locked).
  const scopeOfAssessment = assessmentScope({
    appointedOn: row.appointedOn,
    practiceOpensOn: period.executionOpensOn,
    practiceDone: onPath.stages.some((s) => s.stage === "penilaian" && s.state !== "locked"),
  });
  const stages =
    scopeOfAssessment === "perilaku_only" ? stageStatesFor({ ...stagesInput, opensEarly: ["penilaian"] }) : onPath;
  source.assessmentScope = scopeOfAssessment;
  const names = new Map<string, string>(facts.map((f) => [f.personId, f.name]));
  names.set(actor.personId, actor.name);
  return {
    ...source,
    period,
    planStatus: (row.planStatus as PlanStatus | null) ?? null,
    live,
    roles,
    rolesFor,
    actingAs,
    window,
    assessmentWindow,
    windowFor,
    today,
    stages,
    names,
  };
}

export type PracticeScope = Awaited<ReturnType<typeof loadPracticeScope>>;

/**
 * Refuses any save, action, reopen request or reopen of a document the period's finalised results
 * lock (`resultsLocked`: the penilaian), with the one message that says why (409).
 */
export function assertResultsOpen(scope: Pick<PracticeScope, "period">, kind: PracticeKind): void {
  if (resultsLocked(kind, scope.period.resultsFinalisedAt !== null)) {
    throw new AppError("INVALID_STATE", "results.locked");
  }
}

/** The plan's RHK lines and duties as stored; a line that does not parse (an old draft) is left out. */
function planTargetsOf(rhk: unknown, duties: unknown): PlanTargets {
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  return {
    rhk: list(rhk).flatMap((v) => {
      const r = ZRhkLine.safeParse(v);
      return r.success ? [r.data] : [];
    }),
    duties: list(duties).flatMap((v) => {
      const r = ZDutyLine.safeParse(v);
      return r.success ? [r.data] : [];
    }),
  };
}
