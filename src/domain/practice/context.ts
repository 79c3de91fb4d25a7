import type { Problem } from "../documents/engine.js";
import type { IsoDate } from "../org/types.js";
import type { DutyLine, RhkLine } from "../planning/content.js";
import type { PracticeIndicator, RuleSetContent } from "../rulesets/types.js";

/**
 * What the practice documents are checked against. The use case builds it from the cycle: the
 * period's rule set, the agreed plan's indicator, the local date, and the earlier stages.
 */
export type PracticeContext = {
  ruleSet: RuleSetContent;
  /** The practice indicator of the agreed plan (null: the plan names none, every target is unknown). */
  indicatorCode: string | null;
  /** The local date of the school (never the UTC clock): a schedule may not lie before it, a log not after it. */
  today: IsoDate;
  /** The observation has begun (an observasi document exists): the persiapan is frozen (`persiapanLocked`). */
  observationStarted: boolean;
  /** The target perilaku codes of the persiapan: the observation rates exactly these. */
  chosenTargets: readonly string[];
  /**
   * The document has passed its first hand-over, so its closing part is now required: the
   * follow-up rating of an `observed` observasi, the discussion of a `submitted` refleksi.
   * The engine's `problems` sees content only, not the status; derive it with `closingDue`.
   */
  closingDue: boolean;
  /**
   * What the agreed plan set out to achieve: its RHK items with their target quantity and its
   * tugas tambahan (none when the plan says "Tidak ada tugas tambahan"). Bukti dukung and the
   * laporan are written against these.
   */
  plan: PlanTargets;
};

export type PlanTargets = { rhk: readonly RhkLine[]; duties: readonly DutyLine[] };

export const NO_PLAN_TARGETS: PlanTargets = { rhk: [], duties: [] };

/** A reason a practice document cannot move on yet: a message key, translated by the server. */
export type PracticeProblem = Problem<`practice.${string}`>;

export function indicatorOf(ctx: Pick<PracticeContext, "ruleSet" | "indicatorCode">): PracticeIndicator | null {
  return ctx.ruleSet.practiceIndicators.find((i) => i.code === ctx.indicatorCode) ?? null;
}

/** Collects problems in order; `params` only when given, so tests can compare whole lists. */
export function problemList() {
  const list: PracticeProblem[] = [];
  const add = (at: string, code: PracticeProblem["code"], params?: PracticeProblem["params"]) => {
    list.push(params ? { at, code, params } : { at, code });
  };
  return { list, add };
}
