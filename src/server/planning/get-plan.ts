import { desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { files, people, raporResults, reopenRequests, schools } from "../../db/schema.js";
import { recommendIndicator } from "../../domain/planning/recommend.js";
import { planProblems, rhkTotal } from "../../domain/planning/rules.js";
import { allowedActions } from "../../domain/planning/state.js";
import type { Lang } from "../core/messages.js";
import type { SessionActor } from "../core/session.js";
import type { PlanView } from "./contract.js";
import { loadPlanScope, planOfCycle } from "./load.js";
import { namesOf, planDto, problemsDto } from "./present.js";
import { reopenDtos } from "./reopen.js";

/**
 * The whole planning screen in one request, for the pegawai and for whoever reviews the plan.
 * Read-only: the plan exists since the cycle was created.
 */
export async function getPlanView(
  db: Db,
  actor: SessionActor,
  cycleId: string,
  lang: Lang,
  now: Date,
): Promise<PlanView> {
  return db.transaction(async (tx) => {
    const scope = await loadPlanScope(tx, actor, cycleId, now);
    const plan = await planOfCycle(tx, cycleId);
    const { cycle, period, ruleSet, ctx, window } = scope;
    const [person] = await tx.select().from(people).where(eq(people.id, cycle.personId));
    const [school] = cycle.schoolId ? await tx.select().from(schools).where(eq(schools.id, cycle.schoolId)) : [];
    const rapor = cycle.schoolId
      ? await tx.select().from(raporResults).where(eq(raporResults.schoolId, cycle.schoolId))
      : [];
    const recommendation =
      cycle.track === "guru"
        ? recommendIndicator(
            rapor,
            ruleSet.content.practiceIndicators.map((i) => i.code),
          )
        : null;
    const supervised = ctx.supervisedSchoolIds.length
      ? await tx
          .select({ id: schools.id, name: schools.name })
          .from(schools)
          .where(inArray(schools.id, ctx.supervisedSchoolIds))
          .orderBy(schools.name)
      : [];
    const requests = await tx
      .select()
      .from(reopenRequests)
      .where(eq(reopenRequests.planId, plan.id))
      .orderBy(desc(reopenRequests.createdAt));
    const superiorNames = await namesOf(tx, [scope.live.ok ? scope.live.superiorId : null]);
    const problems = planProblems(plan.content, ctx);
    const skIds = plan.content.duties.flatMap((d) => (d.skFileId ? [d.skFileId] : []));
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
        schoolName: school?.name ?? null,
        additionalDuties: person?.additionalDuties ?? [],
      },
      superior: {
        name: scope.live.ok ? (superiorNames.get(scope.live.superiorId) ?? null) : null,
        kind: scope.live.ok ? scope.live.superiorKind : null,
      },
      ruleSet: { code: ruleSet.code, name: ruleSet.name, content: ruleSet.content },
      plan: await planDto(tx, plan),
      problems: problemsDto(problems, lang),
      rhkTotal: rhkTotal(plan.content.rhk, ruleSet.content),
      recommendation,
      supervisedSchools: supervised,
      files: skIds.length
        ? await tx
            .select({ id: files.id, fileName: files.fileName, size: files.size })
            .from(files)
            .where(inArray(files.id, skIds))
        : [],
      correctionReported: ctx.correctionReported,
      reopenRequests: await reopenDtos(tx, requests),
      viewer: {
        roles: scope.roles,
        actingAs: scope.actingAs,
        actions: allowedActions(plan.status, scope.roles),
        canDecideReopen:
          (scope.roles.includes("superior") || scope.roles.includes("admin")) &&
          requests.some((r) => r.status === "pending"),
      },
    };
  });
}
