import type { Db } from "../../db/client.js";
import { angkaKredit, parsePositionLevel, periodMonths } from "../../domain/assessment/angka-kredit.js";
import { predikatInScope } from "../../domain/assessment/scope.js";
import type { Phase } from "../../domain/cycles/phase.js";
import { ZPenilaianContent } from "../../domain/practice/penilaian.js";
import { stagesFor } from "../../domain/practice/stages.js";
import type { Lang } from "../core/messages.js";
import type { SessionActor } from "../core/session.js";
import { documentFiles } from "./files.js";
import { loadPracticeScope, type PracticeScope } from "./load.js";
import { documentDto, planTargetsDto, practiceIndicatorOf, surveyDto } from "./present.js";

/**
 * The practice screen: the stages, each document as the reader may see it, the rubric, the plan's
 * targets. One statement, and one more for the names of attached files when there are any.
 */
export async function getPractice(db: Db, actor: SessionActor, cycleId: string, lang: Lang, now: Date, ride?: unknown) {
  const scope = await loadPracticeScope(db, actor, cycleId, now, ride);
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
    assessment: assessmentDto(scope, documents),
    documents,
    files: await documentFiles(db, scope, documents),
    viewer: { roles: scope.roles, actingAs: scope.actingAs },
  };
}

/**
 * The penilaian's outcome as the page shows it beside the form: how the pegawai is rated (in full
 * or on perilaku only), and — once rated, to whoever may read it — the predikat and the angka
 * kredit of their jenjang for the period.
 */
function assessmentDto(
  scope: PracticeScope,
  documents: { kind: string; status: string; visible: boolean; content: unknown }[],
) {
  const doc = documents.find((d) => d.kind === "penilaian");
  const content = doc?.visible ? ZPenilaianContent.parse(doc.content) : null;
  const predikat =
    content?.perilaku && doc?.status !== "draft"
      ? predikatInScope({ scope: scope.assessmentScope, hasilKerja: content.hasilKerja, perilaku: content.perilaku })
      : null;
  const level = parsePositionLevel(scope.positionLevel);
  const months = periodMonths(scope.period.startsOn, scope.period.endsOn);
  return {
    scope: scope.assessmentScope,
    predikat,
    angkaKredit: predikat && level ? angkaKredit({ positionLevel: level, predikat, months }) : null,
  };
}
