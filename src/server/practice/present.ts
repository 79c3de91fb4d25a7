import { resultsLocked } from "../../domain/assessment/finalise.js";
import {
  type AnyDocumentType,
  allowedActions,
  type DocumentRole,
  type DocumentState,
  forContext,
  type Problem,
  penOf,
} from "../../domain/documents/engine.js";
import type { PracticeContext } from "../../domain/practice/context.js";
import { indicatorOf } from "../../domain/practice/context.js";
import { type SurveyAnswers, surveyReadableBy, surveyState } from "../../domain/practice/pengawas/survey.js";
import { persiapanLocked } from "../../domain/practice/persiapan.js";
import { definitionFor, documentType } from "../../domain/practice/registry.js";
import { closingDue, type PracticeKind } from "../../domain/practice/stages.js";
import { visibleTo } from "../../domain/practice/visibility.js";
import type { SurveyQuestion } from "../../domain/rulesets/types.js";
import { notFound } from "../core/errors.js";
import { type Lang, type MessageKey, translate } from "../core/messages.js";
import type { DocumentRow, PracticeScope } from "./load.js";

/** Problems in the reader's language; a target perilaku is named by its title, not its code. */
export function problemsDto(problems: readonly Problem[], lang: Lang, titles: ReadonlyMap<string, string> = new Map()) {
  return problems.map((p) => {
    const params = { ...p.params };
    if (typeof params.code === "string") params.code = titles.get(params.code) ?? params.code;
    return { at: p.at, code: p.code, message: translate(lang, p.code as MessageKey, params) };
  });
}

/** The plan's indicator: a leadership indicator for a KS, a practice indicator for everyone else. */
export function practiceIndicatorOf(scope: PracticeScope) {
  return indicatorOf({ ruleSet: scope.ruleSet.content, indicatorCode: scope.indicatorCode, track: scope.cycle.track });
}

/** The titles of the plan's indicator's target perilaku and of the rule set's RHK items, by code. */
export function targetTitles(scope: PracticeScope): Map<string, string> {
  const { rhkItems } = scope.ruleSet.content;
  const indicator = practiceIndicatorOf(scope);
  return new Map([
    ...rhkItems.map((i): [string, string] => [i.code, `“${i.role}”`]),
    ...(indicator?.targets.map((t): [string, string] => [t.code, `“${t.title}”`]) ?? []),
  ]);
}

/** The state `decide` starts from: the stored document, or a new one nobody has written yet (version 0). */
export function stateOf(def: AnyDocumentType, row: DocumentRow | undefined): DocumentState<string, unknown> {
  if (!row) return { status: def.initial, content: def.empty(), version: 0, revision: 1 };
  return { status: row.status, content: def.schema.parse(row.content), version: row.version, revision: row.revision };
}

/** What a practice context is built from: the scope's parts that do not depend on the stages. */
export type ContextSource = Pick<
  PracticeScope,
  | "cycle"
  | "ruleSet"
  | "indicatorCode"
  | "planTargets"
  | "planSchools"
  | "survey"
  | "documents"
  | "today"
  | "assessmentScope"
>;

/** `kind`'s definition in this cycle's track (a pengawas's documents are their own); 404 when it has none. */
export function definitionIn(scope: Pick<ContextSource, "cycle">, kind: string): AnyDocumentType {
  const def = definitionFor(scope.cycle.track, kind);
  if (!def) throw notFound();
  return def;
}

/** The definitions as they apply to this cycle (`forContext`), for `stageStates`' next actor. */
export function definitionsOf(source: ContextSource) {
  return (stage: PracticeKind): AnyDocumentType => {
    const def = definitionIn(source, stage);
    const status = source.documents.get(stage)?.status ?? def.initial;
    return forContext(def, practiceContext(source, stage, status));
  };
}

/** What the practice documents are checked against, for `kind` in `status`. */
export function practiceContext(scope: ContextSource, kind: PracticeKind, status: string): PracticeContext {
  const stored = scope.documents.get("persiapan");
  const persiapan = stored ? documentType("persiapan").schema.parse(stored.content) : null;
  return {
    ruleSet: scope.ruleSet.content,
    track: scope.cycle.track,
    // A guru's lesson is always observed in class, whatever a stored persiapan says.
    observation:
      scope.cycle.track === "kepala_sekolah" && persiapan
        ? { mode: persiapan.observationMode, videoUrl: persiapan.videoUrl, videoFileId: persiapan.videoFileId }
        : { mode: "langsung", videoUrl: "", videoFileId: null },
    indicatorCode: scope.indicatorCode,
    today: scope.today,
    observationStarted: scope.documents.has("observasi"),
    chosenTargets: persiapan?.targets.map((t) => t.code) ?? [],
    closingDue: closingDue(kind, status),
    plan: scope.planTargets,
    // A pengawas: the schools of the plan (the focus must be one of them) and the survey's state.
    planSchoolIds: scope.planSchools.map((s) => s.id),
    survey: surveyState(scope.survey),
    assessmentScope: scope.assessmentScope,
  };
}

const iso = (s: string | null) => (s ? new Date(s).toISOString() : null);
const pending = (row: DocumentRow | undefined) => row?.requests.some((r) => r.status === "pending") === true;

/** One document as its reader sees it: content only where they may read it, their actions and pen. */
export function documentDto(scope: PracticeScope, kind: PracticeKind, row: DocumentRow | undefined, lang: Lang) {
  const base = definitionIn(scope, kind);
  const state = stateOf(base, row);
  const ctx = practiceContext(scope, kind, state.status);
  // Who writes and acts as this cycle has it (a KS's catatan mandiri is the KS's own).
  const def = forContext(base, ctx);
  const roles: DocumentRole[] = scope.rolesFor(base);
  const visible = visibleTo(kind, state.status, roles, ctx.observation.mode);
  const stage = scope.stages.stages.find((s) => s.stage === kind);
  const actable = stage?.state !== "locked";
  // A persiapan the observation started from is frozen, and so is a penilaian of finalised
  // results: nobody holds a pen or acts on it.
  const frozen =
    (kind === "persiapan" && persiapanLocked(ctx)) || resultsLocked(kind, scope.period.resultsFinalisedAt !== null);
  const pen = actable && !frozen ? penOf(def, state.status, roles) : null;
  // Asking to reopen is offered while no request waits; it is a request (POST …/reopen-requests), not an action.
  const actions =
    actable && !frozen
      ? allowedActions(def, state.status, roles).filter((a) => a !== "requestReopen" || !pending(row))
      : [];
  return {
    id: row?.id ?? null,
    kind,
    status: state.status,
    version: state.version,
    revision: state.revision,
    content: visible ? state.content : def.empty(),
    visible,
    submittedAt: iso(row?.submittedAt ?? null),
    decidedAt: iso(row?.decidedAt ?? null),
    decidedByName: row?.decidedByName ?? null,
    decidedAs: row?.decidedAs ?? null,
    note: row?.note ?? null,
    updatedAt: iso(row?.updatedAt ?? null),
    actions,
    needsNote: actions.filter((a) => def.transitions[a]?.requires?.includes("note")),
    pen: pen ? (pen.fields === "all" ? ("all" as const) : pen.fields.map(String)) : null,
    reopenRequests: (row?.requests ?? []).map((r) => ({
      ...r,
      requestedByName: r.requestedByName ?? "",
      createdAt: iso(r.createdAt) as string,
      decidedAt: iso(r.decidedAt),
    })),
    problems: visible ? problemsDto(def.problems(state.content, ctx), lang, targetTitles(scope)) : [],
  };
}

/** The plan's RHK items (with the catalogue's role, unit and evidence) and tugas tambahan, with their targets. */
export function planTargetsDto(scope: PracticeScope) {
  const items = new Map(scope.ruleSet.content.rhkItems.map((i) => [i.code, i]));
  return {
    rhk: scope.planTargets.rhk.map((l) => {
      const item = items.get(l.code);
      return {
        code: l.code,
        // An agreed plan has every quantity (planProblems); 0 only for a malformed row.
        quantity: l.quantity ?? 0,
        role: item?.role ?? l.code,
        unit: item?.unit ?? "",
        evidence: item?.evidence ?? "",
      };
    }),
    duties: scope.planTargets.duties.map((d) => ({
      name: d.name,
      targetQuantity: d.targetQuantity,
      targetUnit: d.targetUnit,
      skFileId: d.skFileId,
    })),
  };
}

/**
 * A pengawas's survey as the reader of their cycle sees it: the Tim Kinerja (and the admin) the
 * answers, the pengawas only whether it was answered (issue 9).
 */
export function surveyDto(scope: PracticeScope) {
  const s = scope.survey;
  if (!s) return null;
  const readsAnswers = surveyReadableBy(scope.roles) === "answers" || scope.roles.includes("admin");
  return {
    id: s.id,
    cycleId: scope.cycle.id,
    pengawasName: scope.names.get(scope.cycle.personId) ?? "",
    schoolId: s.schoolId,
    schoolName: s.schoolName,
    status: s.status,
    sentAt: iso(s.sentAt) as string,
    answeredAt: iso(s.answeredAt),
    questions: s.questions as SurveyQuestion[],
    answers: readsAnswers ? ((s.answers as SurveyAnswers | null) ?? null) : null,
  };
}
