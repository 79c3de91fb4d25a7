import type { Db } from "../../db/client.js";
import { recommendIndicator } from "../../domain/planning/recommend.js";
import { planProblems, rhkTotal } from "../../domain/planning/rules.js";
import { allowedActions } from "../../domain/planning/state.js";
import type { Lang } from "../core/messages.js";
import type { SessionActor } from "../core/session.js";
import type { PlanViewAnswer } from "./contract.js";
import { loadPlanScope, type PlanViewDetails } from "./load.js";
import { planDto, problemsDto } from "./present.js";

const iso = (s: string | null) => (s === null ? null : new Date(s).toISOString());

/**
 * The whole planning screen in one request, for the pegawai and for whoever reviews the plan:
 * one statement, the session's (the scope with the screen's details rides in it: `planViewRider`). The rule set's catalogue is
 * not in it: the client reads it once per rule set from GET /api/rule-sets/:id (immutable).
 */
export async function getPlanView(
  db: Db,
  actor: SessionActor,
  cycleId: string,
  lang: Lang,
  now: Date,
  ride?: unknown,
): Promise<PlanViewAnswer> {
  const scope = await loadPlanScope(db, actor, { viewOfCycle: cycleId }, now, ride);
  const { cycle, period, ruleSet, ctx, window, plan } = scope;
  const details = scope.details as PlanViewDetails;
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
