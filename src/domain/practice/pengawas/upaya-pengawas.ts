import { z } from "zod";
import type { DocumentRole, DocumentType, Pen, Transition } from "../../documents/engine.js";
import { id } from "../../validation/vocabulary.js";
import { type PracticeContext, type PracticeProblem, problemList } from "../context.js";
import { filled, note } from "../fields.js";
import { ZUpayaEntry } from "../upaya.js";
import { logProblems } from "./log.js";

/**
 * Pengawas stage 4, Upaya Tindak Lanjut (seed 002): for about a month the pengawas carries out the
 * plan agreed in the diskusi tindak lanjut towards its target, logs the steps and, once done,
 * explains how they led towards the target ("mengisi dan menjelaskan langkah-langkah yang telah
 * dilakukan untuk mencapai target tersebut"). The entries are a guru's upaya entries (same form);
 * the kind is its own because the content adds that explanation and follows another stage.
 * The Tim Kinerja may comment on entries, as a KS does on a guru's.
 *   draft ──finish──▶ done (done)
 */
export const UPAYA_PENGAWAS_STATUSES = ["draft", "done"] as const;
export type UpayaPengawasStatus = (typeof UPAYA_PENGAWAS_STATUSES)[number];
export type UpayaPengawasAction = "finish";

export const MAX_STEPS = 50;

export const ZUpayaPengawasContent = z.object({
  steps: z.array(ZUpayaEntry).max(MAX_STEPS).default([]),
  /** How the steps led towards the agreed target. */
  explanation: note(),
  /** The Tim Kinerja's pen: a comment per step id. */
  comments: z
    .record(id, note())
    .refine((c) => Object.keys(c).length <= MAX_STEPS, "Terlalu banyak komentar.")
    .default({}),
});

export type UpayaPengawasContent = z.infer<typeof ZUpayaPengawasContent>;

export function emptyUpayaPengawas(): UpayaPengawasContent {
  return ZUpayaPengawasContent.parse({});
}

export function upayaPengawasProblems(c: UpayaPengawasContent, ctx: PracticeContext): PracticeProblem[] {
  const { list, add } = problemList();
  logProblems(
    c.steps,
    (s) => s.action,
    ctx.today,
    (code, p) => add("langkah", code, p),
    "practice.upaya_pengawas",
  );
  if (!filled(c.explanation)) add("penjelasan", "practice.upaya_pengawas.explanationRequired");
  return list;
}

export const UPAYA_PENGAWAS_TRANSITIONS: Record<UpayaPengawasAction, Transition<UpayaPengawasStatus>> = {
  finish: { from: ["draft"], roles: ["owner"], to: "done", requires: ["window", "complete"], versioned: true },
};

export const UPAYA_PENGAWAS_PENS: Partial<Record<DocumentRole, Pen<UpayaPengawasStatus, UpayaPengawasContent>>> = {
  owner: { statuses: ["draft"], fields: ["steps", "explanation"] },
  superior: { statuses: ["draft", "done"], fields: ["comments"] },
};

export const UPAYA_PENGAWAS_DOCUMENT: DocumentType<
  "upaya_pengawas",
  UpayaPengawasStatus,
  UpayaPengawasAction,
  UpayaPengawasContent,
  PracticeContext,
  PracticeProblem
> = {
  kind: "upaya_pengawas",
  statuses: UPAYA_PENGAWAS_STATUSES,
  initial: "draft",
  done: ["done"],
  transitions: UPAYA_PENGAWAS_TRANSITIONS,
  pens: UPAYA_PENGAWAS_PENS,
  schema: ZUpayaPengawasContent,
  empty: emptyUpayaPengawas,
  problems: upayaPengawasProblems,
  after: ["diskusi_tindak_lanjut"],
  fileIds: (c) => c.steps.flatMap((s) => (s.fileId ? [s.fileId] : [])),
};
