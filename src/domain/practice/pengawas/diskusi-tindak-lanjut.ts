import { z } from "zod";
import type { DocumentRole, DocumentType, Pen, Transition } from "../../documents/engine.js";
import { type PracticeContext, type PracticeProblem, problemList } from "../context.js";
import { filled, note } from "../fields.js";
import { AWARENESS_LEVELS, rating } from "./ratings.js";

/**
 * Pengawas stage 3, Diskusi Tindak Lanjut (seed 002): the pengawas discusses the pendampingan with
 * the Tim Kinerja: their reflection on it, and the target and plan they agree for the upaya
 * ("rencana yang telah disepakati bersama Tim Kinerja pada tahap Diskusi Tindak Lanjut untuk
 * mencapai target"). The Tim Kinerja then rates the discussion "dengan mempertimbangkan tingkat
 * kesadaran Pengawas Sekolah dalam merefleksikan pendampingan … serta hasil survei", with a
 * feedback note. The survey is read beside this document, not copied into it.
 *   draft ──submit──▶ submitted ──rate (superior)──▶ rated (done)
 */
export const DISKUSI_TINDAK_LANJUT_STATUSES = ["draft", "submitted", "rated"] as const;
export type DiskusiTindakLanjutStatus = (typeof DISKUSI_TINDAK_LANJUT_STATUSES)[number];
export type DiskusiTindakLanjutAction = "submit" | "rate";

export const ZDiskusiTindakLanjutContent = z.object({
  /** What the pendampingan taught the pengawas: what worked, what did not, and why. */
  reflection: note(),
  /** The target agreed for the upaya tindak lanjut. */
  target: note(),
  /** The steps agreed to reach it (about a month). */
  plan: note(),
  /** The Tim Kinerja's pen. */
  rating: rating(AWARENESS_LEVELS),
});

export type DiskusiTindakLanjutContent = z.infer<typeof ZDiskusiTindakLanjutContent>;

export function emptyDiskusiTindakLanjut(): DiskusiTindakLanjutContent {
  return ZDiskusiTindakLanjutContent.parse({});
}

export function diskusiTindakLanjutProblems(c: DiskusiTindakLanjutContent, ctx: PracticeContext): PracticeProblem[] {
  const { list, add } = problemList();
  if (!filled(c.reflection)) add("refleksi", "practice.diskusi_tindak_lanjut.reflectionRequired");
  if (!filled(c.target)) add("rencana", "practice.diskusi_tindak_lanjut.targetRequired");
  if (!filled(c.plan)) add("rencana", "practice.diskusi_tindak_lanjut.planRequired");
  if (ctx.closingDue) {
    if (!c.rating.level) add("penilaian", "practice.diskusi_tindak_lanjut.ratingRequired");
    if (!filled(c.rating.feedback)) add("penilaian", "practice.diskusi_tindak_lanjut.feedbackRequired");
  }
  return list;
}

export const DISKUSI_TINDAK_LANJUT_TRANSITIONS: Record<
  DiskusiTindakLanjutAction,
  Transition<DiskusiTindakLanjutStatus>
> = {
  submit: { from: ["draft"], roles: ["owner"], to: "submitted", requires: ["window", "complete"], versioned: true },
  rate: { from: ["submitted"], roles: ["superior"], to: "rated", requires: ["window", "complete"], versioned: true },
};

export const DISKUSI_TINDAK_LANJUT_PENS: Partial<
  Record<DocumentRole, Pen<DiskusiTindakLanjutStatus, DiskusiTindakLanjutContent>>
> = {
  owner: { statuses: ["draft"], fields: ["reflection", "target", "plan"] },
  superior: { statuses: ["submitted"], fields: ["rating"] },
};

export const DISKUSI_TINDAK_LANJUT_DOCUMENT: DocumentType<
  "diskusi_tindak_lanjut",
  DiskusiTindakLanjutStatus,
  DiskusiTindakLanjutAction,
  DiskusiTindakLanjutContent,
  PracticeContext,
  PracticeProblem
> = {
  kind: "diskusi_tindak_lanjut",
  statuses: DISKUSI_TINDAK_LANJUT_STATUSES,
  initial: "draft",
  done: ["rated"],
  transitions: DISKUSI_TINDAK_LANJUT_TRANSITIONS,
  pens: DISKUSI_TINDAK_LANJUT_PENS,
  schema: ZDiskusiTindakLanjutContent,
  empty: emptyDiskusiTindakLanjut,
  problems: diskusiTindakLanjutProblems,
  after: ["pendampingan"],
};
