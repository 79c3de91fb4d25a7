import type { Db } from "../../db/client.js";
import type { Phase } from "../../domain/cycles/phase.js";
import { stagesFor } from "../../domain/practice/stages.js";
import type { Lang } from "../core/messages.js";
import type { SessionActor } from "../core/session.js";
import { documentFiles } from "./files.js";
import { loadPracticeScope } from "./load.js";
import { documentDto, planTargetsDto, practiceIndicatorOf, surveyDto } from "./present.js";

/**
 * The practice screen: the stages, each document as the reader may see it, the rubric, the plan's
 * targets. One statement, and one more for the names of attached files when there are any.
 */
export async function getPractice(db: Db, actor: SessionActor, cycleId: string, lang: Lang, now: Date) {
  const scope = await loadPracticeScope(db, actor, cycleId, now);
  const { cycle, period, ruleSet } = scope;
  const indicator = practiceIndicatorOf(scope);
  const documents = stagesFor(cycle.track).map((kind) => documentDto(scope, kind, scope.documents.get(kind), lang));
  return {
    cycle: {
      id: cycle.id,
      track: cycle.track,
      phase: cycle.phase as Phase,
      periodName: period.name,
      opensOn: scope.window.opensOn,
      closesOn: scope.window.closesOn,
      /** The penilaian's own window (after extensions). */
      assessmentOpensOn: scope.assessmentWindow.opensOn,
      assessmentClosesOn: scope.assessmentWindow.closesOn,
      today: scope.today,
    },
    person: { id: cycle.personId, name: scope.names.get(cycle.personId) ?? "" },
    superior: {
      name: scope.live.ok ? (scope.names.get(scope.live.superiorId) ?? null) : null,
      kind: scope.live.ok ? scope.live.superiorKind : null,
    },
    indicator: indicator ? { code: indicator.code, name: indicator.name, targets: indicator.targets } : null,
    uploadsAllowed: ruleSet.content.settings.evidenceUploadsRequired,
    // The penilaian gives feedback per BerAKHLAK aspect of the period's rule set.
    behaviourAspects: ruleSet.content.behaviourAspects.map(({ code, name, meaning }) => ({ code, name, meaning })),
    planTargets: planTargetsDto(scope),
    planSchools: scope.planSchools,
    survey: surveyDto(scope),
    stages: scope.stages,
    documents,
    files: await documentFiles(db, scope, documents),
    viewer: { roles: scope.roles, actingAs: scope.actingAs },
  };
}
