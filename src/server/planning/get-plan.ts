import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { type RaporResult, recommendIndicator } from "../../domain/planning/recommend.js";
import { planProblems, rhkTotal } from "../../domain/planning/rules.js";
import { allowedActions } from "../../domain/planning/state.js";
import type { Lang } from "../core/messages.js";
import type { SessionActor } from "../core/session.js";
import type { PlanViewAnswer } from "./contract.js";
import { loadPlanScope } from "./load.js";
import { planDto, problemsDto } from "./present.js";

type Details = {
  person: {
    name: string;
    nip: string | null;
    employmentStatus: string;
    rank: string;
    positionLevel: string;
    additionalDuties: string[];
  } | null;
  schoolName: string | null;
  rapor: RaporResult[];
  requests: {
    id: string;
    reason: string;
    status: "pending" | "approved" | "refused";
    requestedByName: string | null;
    createdAt: string;
    decidedByName: string | null;
    decidedAs: string | null;
    decisionNote: string | null;
    decidedAt: string | null;
  }[];
  files: { id: string; fileName: string; size: number }[];
};

/** What the screen shows beyond the scope: the pegawai, the school's Rapor, reopen requests, SK files. One statement. */
async function detailsOf(db: Db, personId: string, schoolId: string | null, planId: string, fileIds: string[]) {
  const { rows } = await db.execute<Details>(sql`select
    (select json_build_object('name', p.name, 'nip', p.nip, 'employmentStatus', p.employment_status, 'rank', p.rank,
       'positionLevel', p.position_level, 'additionalDuties', p.additional_duties)
     from people p where p.id = ${personId}) as "person",
    (select s.name from schools s where s.id = ${schoolId}) as "schoolName",
    coalesce((select json_agg(json_build_object('indicatorCode', r.indicator_code, 'score', r.score, 'category', r.category))
     from rapor_results r where r.school_id = ${schoolId}), '[]'::json) as "rapor",
    coalesce((select json_agg(json_build_object('id', q.id, 'reason', q.reason, 'status', q.status,
       'requestedByName', a.name, 'createdAt', q.created_at, 'decidedByName', b.name, 'decidedAs', q.decided_as,
       'decisionNote', q.decision_note, 'decidedAt', q.decided_at) order by q.created_at desc)
     from reopen_requests q join people a on a.id = q.requested_by left join people b on b.id = q.decided_by
     where q.document_id = ${planId}), '[]'::json) as "requests",
    coalesce((select json_agg(json_build_object('id', f.id, 'fileName', f.file_name, 'size', f.size))
     from files f where f.id = any(${`{${fileIds.join(",")}}`}::uuid[])), '[]'::json) as "files"`);
  return rows[0] as Details;
}

const iso = (s: string | null) => (s === null ? null : new Date(s).toISOString());

/**
 * The whole planning screen in one request, for the pegawai and for whoever reviews the plan:
 * two statements after the session (the scope, then the details). The rule set's catalogue is
 * not in it: the client reads it once per rule set from GET /api/rule-sets/:id (immutable).
 */
export async function getPlanView(
  db: Db,
  actor: SessionActor,
  cycleId: string,
  lang: Lang,
  now: Date,
): Promise<PlanViewAnswer> {
  const scope = await loadPlanScope(db, actor, { cycleId }, now);
  const { cycle, period, ruleSet, ctx, window, plan } = scope;
  const skIds = [...new Set(plan.content.duties.flatMap((d) => (d.skFileId ? [d.skFileId] : [])))];
  const details = await detailsOf(db, cycle.personId, cycle.schoolId, plan.id, skIds);
  const requests = details.requests.map((r) => ({
    ...r,
    requestedByName: r.requestedByName ?? "",
    createdAt: iso(r.createdAt) as string,
    decidedAt: iso(r.decidedAt),
  }));
  const person = details.person;
  return {
    cycle: {
      id: cycle.id,
      track: cycle.track,
      phase: cycle.phase,
      periodId: period.id,
      periodName: period.name,
      planningOpensOn: window.opensOn,
      planningClosesOn: window.closesOn,
      windowOpen: window.today >= window.opensOn && window.today <= window.closesOn,
      today: window.today,
    },
    person: {
      id: cycle.personId,
      name: person?.name ?? "",
      nip: person?.nip ?? null,
      employmentStatus: person?.employmentStatus ?? "",
      rank: person?.rank ?? "",
      positionLevel: person?.positionLevel ?? "",
      schoolName: details.schoolName,
      additionalDuties: person?.additionalDuties ?? [],
    },
    superior: {
      name: scope.live.ok ? (scope.names.get(scope.live.superiorId) ?? null) : null,
      kind: scope.live.ok ? scope.live.superiorKind : null,
    },
    ruleSet: { id: ruleSet.id, code: ruleSet.code, name: ruleSet.name },
    plan: await planDto(db, plan, scope.names),
    problems: problemsDto(planProblems(plan.content, ctx), lang),
    rhkTotal: rhkTotal(plan.content.rhk, ruleSet.content),
    recommendation:
      cycle.track === "guru"
        ? recommendIndicator(
            details.rapor,
            ruleSet.content.practiceIndicators.map((i) => i.code),
          )
        : null,
    supervisedSchools: scope.supervisedSchools,
    files: details.files,
    correctionReported: ctx.correctionReported,
    reopenRequests: requests,
    viewer: {
      roles: scope.roles,
      actingAs: scope.actingAs,
      actions: allowedActions(plan.status, scope.roles),
      canDecideReopen:
        (scope.roles.includes("superior") || scope.roles.includes("admin")) &&
        requests.some((r) => r.status === "pending"),
    },
  };
}
