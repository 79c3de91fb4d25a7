import { z } from "zod";
import type { DocumentRole, DocumentType, Pen, Transition } from "../../documents/engine.js";
import { type PracticeContext, type PracticeProblem, problemList } from "../context.js";
import { filled, line, note } from "../fields.js";
import { AWARENESS_LEVELS, GROWTH_LEVELS, rating } from "./ratings.js";

/**
 * Pengawas stage 5, Refleksi Tindak Lanjut (seed 002), after a dialog with the Tim Kinerja:
 * - Upaya Belajar: the new inspiration from the upaya, and the practice change the pengawas wants
 *   at the focus school (a change to come, where a guru's refleksi asks what they changed);
 * - Upaya Refleksi: the 3 main challenges expected in making that change;
 * - Perubahan Praktik: the steps to overcome them so the change happens.
 * The Tim Kinerja rates *kesadaran dalam refleksi*, *upaya belajar* and *peningkatan kinerja*
 * (including the planned continuous improvement), each with a feedback note.
 *   draft ──submit──▶ submitted ──rate (superior)──▶ rated (done)
 */
export const REFLEKSI_PENGAWAS_STATUSES = ["draft", "submitted", "rated"] as const;
export type RefleksiPengawasStatus = (typeof REFLEKSI_PENGAWAS_STATUSES)[number];
export type RefleksiPengawasAction = "submit" | "rate";

export const REFLEKSI_CHALLENGE_COUNT = 3;

/** The three aspects the Tim Kinerja rates, in the seed's order. */
export const REFLEKSI_ASPECTS = ["kesadaran", "upayaBelajar", "peningkatanKinerja"] as const;
export type RefleksiAspect = (typeof REFLEKSI_ASPECTS)[number];

export const ZRefleksiRatings = z.object({
  kesadaran: rating(AWARENESS_LEVELS),
  upayaBelajar: rating(GROWTH_LEVELS),
  peningkatanKinerja: rating(GROWTH_LEVELS),
});

export const ZRefleksiPengawasContent = z.object({
  inspiration: note(),
  practiceChange: note(),
  challenges: z.array(line()).max(REFLEKSI_CHALLENGE_COUNT).default([]),
  plan: note(),
  /** The Tim Kinerja's pen. */
  ratings: ZRefleksiRatings.default(() => ZRefleksiRatings.parse({})),
});

export type RefleksiPengawasContent = z.infer<typeof ZRefleksiPengawasContent>;

export function emptyRefleksiPengawas(): RefleksiPengawasContent {
  return ZRefleksiPengawasContent.parse({});
}

export function refleksiPengawasProblems(c: RefleksiPengawasContent, ctx: PracticeContext): PracticeProblem[] {
  const { list, add } = problemList();
  if (!filled(c.inspiration)) add("upayaBelajar", "practice.refleksi_pengawas.inspirationRequired");
  if (!filled(c.practiceChange)) add("upayaBelajar", "practice.refleksi_pengawas.practiceChangeRequired");
  if (c.challenges.filter(filled).length !== REFLEKSI_CHALLENGE_COUNT) {
    add("upayaRefleksi", "practice.refleksi_pengawas.challengesRequired", { count: REFLEKSI_CHALLENGE_COUNT });
  }
  if (!filled(c.plan)) add("perubahanPraktik", "practice.refleksi_pengawas.planRequired");
  if (ctx.closingDue) {
    for (const aspect of REFLEKSI_ASPECTS) {
      const r = c.ratings[aspect];
      if (!r.level) add("penilaian", "practice.refleksi_pengawas.ratingRequired", { aspect });
      if (!filled(r.feedback)) add("penilaian", "practice.refleksi_pengawas.feedbackRequired", { aspect });
    }
  }
  return list;
}

export const REFLEKSI_PENGAWAS_TRANSITIONS: Record<RefleksiPengawasAction, Transition<RefleksiPengawasStatus>> = {
  submit: { from: ["draft"], roles: ["owner"], to: "submitted", requires: ["window", "complete"], versioned: true },
  rate: { from: ["submitted"], roles: ["superior"], to: "rated", requires: ["window", "complete"], versioned: true },
};

export const REFLEKSI_PENGAWAS_PENS: Partial<
  Record<DocumentRole, Pen<RefleksiPengawasStatus, RefleksiPengawasContent>>
> = {
  owner: { statuses: ["draft"], fields: ["inspiration", "practiceChange", "challenges", "plan"] },
  superior: { statuses: ["submitted"], fields: ["ratings"] },
};

export const REFLEKSI_PENGAWAS_DOCUMENT: DocumentType<
  "refleksi_pengawas",
  RefleksiPengawasStatus,
  RefleksiPengawasAction,
  RefleksiPengawasContent,
  PracticeContext,
  PracticeProblem
> = {
  kind: "refleksi_pengawas",
  statuses: REFLEKSI_PENGAWAS_STATUSES,
  initial: "draft",
  done: ["rated"],
  transitions: REFLEKSI_PENGAWAS_TRANSITIONS,
  pens: REFLEKSI_PENGAWAS_PENS,
  schema: ZRefleksiPengawasContent,
  empty: emptyRefleksiPengawas,
  problems: refleksiPengawasProblems,
  after: ["upaya_pengawas"],
};
