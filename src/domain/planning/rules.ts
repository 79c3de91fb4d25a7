import type { CycleTrack } from "../org/assessors.js";
import type { RuleSetContent } from "../rulesets/types.js";
import type { PlanContent, PlanStep, RhkLine } from "./content.js";

/** A reason a plan cannot be submitted yet, by step, as a message key the server translates. */
export type PlanProblem = { step: PlanStep; code: PlanProblemCode; params?: Record<string, string | number> };
export type PlanProblemCode =
  | "plan.profileNotConfirmed"
  | "plan.indicatorRequired"
  | "plan.schoolsRequired"
  | "plan.rhkUnknown"
  | "plan.rhkDuplicate"
  | "plan.rhkQuantityRequired"
  | "plan.rhkTooFew"
  | "plan.rhkTooMany"
  | "plan.dutiesUnanswered"
  | "plan.dutiesConflict"
  | "plan.dutyTargetRequired"
  | "plan.skRequired";

export type PlanContext = {
  track: CycleTrack;
  ruleSet: RuleSetContent;
  /** A correction reported to the operator counts as an answer to the profile step. */
  correctionReported: boolean;
  /** Pengawas: the schools they supervise; the plan names 3 of them. */
  supervisedSchoolIds: readonly string[];
};

export const PENGAWAS_SCHOOL_COUNT = 3;

/** Total RHK points; items unknown to the catalogue count 0 (and are reported separately). */
export function rhkTotal(lines: readonly RhkLine[], ruleSet: RuleSetContent): number {
  const points = new Map(ruleSet.rhkItems.map((i) => [i.code, i.points]));
  // An emptied quantity counts nothing (and is a problem of its own, `plan.rhkQuantityRequired`).
  return lines.reduce((sum, l) => sum + (points.get(l.code) ?? 0) * (l.quantity ?? 0), 0);
}

/** Everything that keeps the plan from being submitted. Empty = it may be submitted. Pure. */
export function planProblems(c: PlanContent, ctx: PlanContext): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const add = (step: PlanStep, code: PlanProblemCode, params?: PlanProblem["params"]) =>
    problems.push(params ? { step, code, params } : { step, code });

  if (!c.profileConfirmed && !ctx.correctionReported) add("profil", "plan.profileNotConfirmed");

  if (ctx.track === "pengawas") {
    const unique = new Set(c.schoolIds);
    const allSupervised = c.schoolIds.every((id) => ctx.supervisedSchoolIds.includes(id));
    if (unique.size !== PENGAWAS_SCHOOL_COUNT || c.schoolIds.length !== PENGAWAS_SCHOOL_COUNT || !allSupervised) {
      add("praktik", "plan.schoolsRequired", { count: PENGAWAS_SCHOOL_COUNT });
    }
  } else {
    const list = ctx.track === "kepala_sekolah" ? ctx.ruleSet.leadershipIndicators : ctx.ruleSet.practiceIndicators;
    if (!c.indicatorCode || !list.some((i) => i.code === c.indicatorCode)) add("praktik", "plan.indicatorRequired");
  }

  const known = new Set(ctx.ruleSet.rhkItems.map((i) => i.code));
  const unknown = c.rhk.filter((l) => !known.has(l.code));
  if (unknown.length > 0) add("kompetensi", "plan.rhkUnknown", { codes: unknown.map((l) => l.code).join(", ") });
  if (new Set(c.rhk.map((l) => l.code)).size !== c.rhk.length) add("kompetensi", "plan.rhkDuplicate");
  for (const l of c.rhk.filter((line) => line.quantity === null)) {
    const role = ctx.ruleSet.rhkItems.find((i) => i.code === l.code)?.role ?? l.code;
    add("kompetensi", "plan.rhkQuantityRequired", { role });
  }
  const limits = ctx.ruleSet.settings.rhkPoints;
  if (limits) {
    const total = rhkTotal(c.rhk, ctx.ruleSet);
    if (total < limits.min) add("kompetensi", "plan.rhkTooFew", { total, min: limits.min });
    if (total > limits.max) add("kompetensi", "plan.rhkTooMany", { total, max: limits.max });
  }

  if (c.noDuties === true && c.duties.length > 0) add("tugas", "plan.dutiesConflict");
  else if (c.noDuties !== true && c.duties.length === 0) add("tugas", "plan.dutiesUnanswered");
  for (const d of c.noDuties === true ? [] : c.duties) {
    if (d.targetQuantity === null || d.targetMonths === null) add("tugas", "plan.dutyTargetRequired", { name: d.name });
    if (ctx.ruleSet.settings.evidenceUploadsRequired && !d.skFileId) add("tugas", "plan.skRequired", { name: d.name });
  }
  return problems;
}

/** Notes only for the 7 BerAKHLAK aspects; anything else a client sends is dropped. */
export function cleanBehaviourNotes(notes: Record<string, string>, ruleSet: RuleSetContent): Record<string, string> {
  const codes = new Set(ruleSet.behaviourAspects.map((a) => a.code));
  return Object.fromEntries(Object.entries(notes).filter(([k, v]) => codes.has(k) && v.trim() !== ""));
}
