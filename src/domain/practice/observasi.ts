import { z } from "zod";
import type { DocumentRole, DocumentType, Pen, Transition } from "../documents/engine.js";
import { code, int } from "../validation/vocabulary.js";
import {
  indicatorOf,
  type ObservationMode,
  type PracticeContext,
  type PracticeProblem,
  problemList,
} from "./context.js";
import { filled, note } from "./fields.js";

/**
 * Stage 2, Observasi (DOMAIN.md §4): the superior observes the lesson against each chosen target
 * perilaku. A baseline for coaching, not an assessment: the guru reads it, nobody scores it.
 *   draft ──finish──▶ observed ──rateFollowUp──▶ followed_up (done)
 */
export const OBSERVASI_STATUSES = ["draft", "observed", "followed_up"] as const;
export type ObservasiStatus = (typeof OBSERVASI_STATUSES)[number];
export type ObservasiAction = "finish" | "rateFollowUp";

/** Belum dilakukan · Dilakukan tapi belum efektif · Dilakukan dan efektif (CATALOGUE.md §2). */
export const OBSERVATION_LEVELS = ["belum", "belum_efektif", "efektif"] as const;
export type ObservationLevel = (typeof OBSERVATION_LEVELS)[number];

/** The follow-up rating of the guru's reflection: Tidak sadar / Sadar kesulitan / Sadar dampak kesulitan. */
export const FOLLOW_UP_LEVELS = ["tidak_sadar_kesulitan", "sadar_kesulitan", "sadar_dampak_kesulitan"] as const;
export type FollowUpLevel = (typeof FOLLOW_UP_LEVELS)[number];

export const MAX_OBSERVED_TARGETS = 10;

export const ZTargetObservation = z.object({
  rating: z.enum(OBSERVATION_LEVELS).nullable().default(null),
  /** Catatan bukti perilaku: what teacher behaviour and murid response shows it. */
  evidence: note(),
  /** Rekomendasi untuk tindak lanjut. */
  recommendation: note(),
  /** Which of the target's avoid-behaviours were seen, by their place (0-based) in the rubric. */
  avoidSeen: z
    .array(int({ max: 20 }))
    .max(20)
    .default([]),
});

export const ZObservasiContent = z.object({
  /** By target perilaku code, for the targets of the persiapan. */
  targets: z
    .record(code(), ZTargetObservation)
    .refine((t) => Object.keys(t).length <= MAX_OBSERVED_TARGETS, "Terlalu banyak target perilaku.")
    .default({}),
  followUpRating: z.enum(FOLLOW_UP_LEVELS).nullable().default(null),
  followUpNote: note(),
  /** A KS's *catatan mandiri*: their own account of the practice, when no observer could come. */
  selfAccount: note(),
});

export type ObservasiContent = z.infer<typeof ZObservasiContent>;
export type TargetObservation = z.infer<typeof ZTargetObservation>;

export function emptyObservasi(): ObservasiContent {
  return ZObservasiContent.parse({});
}

export function observasiProblems(c: ObservasiContent, ctx: PracticeContext): PracticeProblem[] {
  const { list, add } = problemList();
  const indicator = indicatorOf(ctx);
  if (ctx.chosenTargets.length === 0) add("observasi", "practice.observasi.noTargets");
  const { mode, videoUrl, videoFileId } = ctx.observation;
  if (mode === "catatan_mandiri" && !filled(c.selfAccount)) add("observasi", "practice.observasi.selfAccountRequired");
  // Watched from a link or from the video the KS uploaded: either will do.
  if (mode === "tidak_langsung" && !filled(videoUrl) && !videoFileId) {
    add("observasi", "practice.observasi.videoRequired");
  }
  for (const targetCode of ctx.chosenTargets) {
    const o = c.targets[targetCode];
    if (!o?.rating) add("observasi", "practice.observasi.ratingRequired", { code: targetCode });
    if (!filled(o?.evidence)) add("observasi", "practice.observasi.evidenceRequired", { code: targetCode });
    const avoidCount = indicator?.targets.find((t) => t.code === targetCode)?.avoid.length ?? 0;
    if (o?.avoidSeen.some((i) => i >= avoidCount))
      add("observasi", "practice.observasi.avoidUnknown", { code: targetCode });
  }
  if (ctx.closingDue && !c.followUpRating) add("tindakLanjut", "practice.observasi.followUpRatingRequired");
  return list;
}

/** Observations only for the chosen targets, avoid-behaviours listed once and in order; an account only when self-made. */
export function cleanObservasi(c: ObservasiContent, ctx: PracticeContext): ObservasiContent {
  const targets = Object.fromEntries(
    Object.entries(c.targets)
      .filter(([k]) => ctx.chosenTargets.includes(k))
      .map(([k, o]) => [k, { ...o, avoidSeen: [...new Set(o.avoidSeen)].sort((a, b) => a - b) }]),
  );
  return { ...c, targets, selfAccount: ctx.observation.mode === "catatan_mandiri" ? c.selfAccount : "" };
}

export const OBSERVASI_TRANSITIONS: Record<ObservasiAction, Transition<ObservasiStatus>> = {
  finish: { from: ["draft"], roles: ["superior"], to: "observed", requires: ["window", "complete"], versioned: true },
  rateFollowUp: {
    from: ["observed"],
    roles: ["superior"],
    to: "followed_up",
    requires: ["window", "complete"],
    versioned: true,
  },
};

/**
 * The superior writes everything; the guru only reads. The engine gives a role one pen, so the
 * superior's pen covers both statuses: in `observed` they may still correct a rating before the
 * follow-up, which `rateFollowUp` checks again (complete).
 */
export const OBSERVASI_PENS: Partial<Record<DocumentRole, Pen<ObservasiStatus, ObservasiContent>>> = {
  superior: { statuses: ["draft", "observed"], fields: "all" },
};

/**
 * A *catatan mandiri*: the KS writes their own account and the rating of each target, and
 * finishes it; no observer may write it (an observer was not there). The Tim Kinerja reads it and
 * gives the follow-up rating, as after any observation.
 */
const SELF_REPORT: {
  pens: Partial<Record<DocumentRole, Pen<ObservasiStatus, ObservasiContent>>>;
  transitions: Partial<Record<ObservasiAction, Transition<ObservasiStatus>>>;
} = {
  pens: {
    owner: { statuses: ["draft"], fields: ["targets", "selfAccount"] },
    superior: { statuses: ["observed"], fields: ["followUpRating", "followUpNote"] },
  },
  transitions: {
    finish: { from: ["draft"], roles: ["owner"], to: "observed", requires: ["window", "complete"], versioned: true },
  },
};

export const OBSERVASI_DOCUMENT: DocumentType<
  "observasi",
  ObservasiStatus,
  ObservasiAction,
  ObservasiContent,
  PracticeContext,
  PracticeProblem
> = {
  kind: "observasi",
  statuses: OBSERVASI_STATUSES,
  initial: "draft",
  done: ["followed_up"],
  transitions: OBSERVASI_TRANSITIONS,
  pens: OBSERVASI_PENS,
  schema: ZObservasiContent,
  empty: emptyObservasi,
  problems: observasiProblems,
  clean: cleanObservasi,
  after: ["persiapan"],
  adapt: (ctx) => (ctx.observation.mode === "catatan_mandiri" ? SELF_REPORT : {}),
};

/**
 * The observasi as it applies when made in `mode`, without a whole practice context: what
 * `forContext` gives, for lists that know only the mode (the home page, the queue).
 */
export function observasiFor(mode: ObservationMode): typeof OBSERVASI_DOCUMENT {
  if (mode !== "catatan_mandiri") return OBSERVASI_DOCUMENT;
  return {
    ...OBSERVASI_DOCUMENT,
    pens: SELF_REPORT.pens,
    transitions: { ...OBSERVASI_DOCUMENT.transitions, ...SELF_REPORT.transitions },
  };
}
