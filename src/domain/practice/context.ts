import type { AssessmentScope } from "../assessment/scope.js";
import type { Problem } from "../documents/engine.js";
import type { CycleTrack } from "../org/assessors.js";
import type { IsoDate } from "../org/types.js";
import type { DutyLine, RhkLine } from "../planning/content.js";
import type { PracticeIndicator, RuleSetContent } from "../rulesets/types.js";

/**
 * What the practice documents are checked against. The use case builds it from the cycle: the
 * period's rule set, the agreed plan's indicator, the local date, and the earlier stages.
 */
export type PracticeContext = {
  ruleSet: RuleSetContent;
  /** Whose cycle: a guru is observed in class by the KS; a KS on a leadership indicator by the Tim Kinerja. */
  track: CycleTrack;
  /**
   * How the observation is made, as agreed in the persiapan (always `langsung` for a guru), and
   * the video a `tidak_langsung` one is made from: a link, an uploaded file, or both (a guru: neither).
   */
  observation: { mode: ObservationMode; videoUrl: string; videoFileId: string | null };
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
  /**
   * Pengawas: the 3 schools the agreed plan names (`PlanContent.schoolIds`); the focus school of
   * the diskusi persiapan must be one of them. Absent = none named, so every focus school is refused.
   */
  planSchoolIds?: readonly string[];
  /**
   * Pengawas: where the survey to the focus school's KS stands (stored by the server beside the
   * documents, see `pengawas/survey.ts`). Absent = not sent.
   */
  survey?: SurveyState;
  /**
   * Penilaian: rated in full, or on perilaku only for a pegawai appointed after the practice
   * window opened (`assessmentScope`). Absent = full.
   */
  assessmentScope?: AssessmentScope;
};

/** The pengawas's survey to the KS: not sent yet, sent and waiting for the KS, answered. */
export const SURVEY_STATES = ["not_sent", "sent", "answered"] as const;
export type SurveyState = (typeof SURVEY_STATES)[number];

export type PlanTargets = { rhk: readonly RhkLine[]; duties: readonly DutyLine[] };

export const NO_PLAN_TARGETS: PlanTargets = { rhk: [], duties: [] };

/** A reason a practice document cannot move on yet: a message key, translated by the server. */
export type PracticeProblem = Problem<`practice.${string}`>;

/**
 * *langsung*: the observer is there; *tidak_langsung*: the observer watches a video of the
 * practice; *catatan_mandiri*: no observer could come, the KS writes their own account (marked
 * as such everywhere). Only a KS's observation may be other than `langsung`.
 */
export const OBSERVATION_MODES = ["langsung", "tidak_langsung", "catatan_mandiri"] as const;
export type ObservationMode = (typeof OBSERVATION_MODES)[number];

/** A KS practises a leadership indicator; everyone else a practice indicator. */
export function indicatorOf(
  ctx: Pick<PracticeContext, "ruleSet" | "indicatorCode"> & { track?: CycleTrack },
): PracticeIndicator | null {
  const list = ctx.track === "kepala_sekolah" ? ctx.ruleSet.leadershipIndicators : ctx.ruleSet.practiceIndicators;
  return list.find((i) => i.code === ctx.indicatorCode) ?? null;
}

/** Collects problems in order; `params` only when given, so tests can compare whole lists. */
export function problemList() {
  const list: PracticeProblem[] = [];
  const add = (at: string, code: PracticeProblem["code"], params?: PracticeProblem["params"]) => {
    list.push(params ? { at, code, params } : { at, code });
  };
  return { list, add };
}
