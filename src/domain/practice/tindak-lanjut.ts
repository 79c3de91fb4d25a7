import { z } from "zod";
import type { DocumentRole, DocumentType, Pen, Transition } from "../documents/engine.js";
import type { PracticeContext, PracticeProblem } from "./context.js";
import { problemList } from "./context.js";
import { dateField, filled, line, note } from "./fields.js";

/**
 * Stage 3, Dokumen Tindak Lanjut (DOMAIN.md §4): after the follow-up rating, the guru names the
 * challenges they met and plans their learning: Pilihan Belajar (mandatory) and Pelatihan Mandiri
 * (optional). Submitted like the plan: idempotent, reopened on request with the old version kept.
 *   draft ──submit──▶ submitted (done) ──reopen (superior/admin)──▶ draft, revision + 1
 */
export const TINDAK_LANJUT_STATUSES = ["draft", "submitted"] as const;
export type TindakLanjutStatus = (typeof TINDAK_LANJUT_STATUSES)[number];
export type TindakLanjutAction = "submit" | "requestReopen" | "reopen";

export const LEARNING_MODES = ["webinar", "course", "community", "other"] as const;
export type LearningMode = (typeof LEARNING_MODES)[number];

export const MAX_SCHEDULE_ITEMS = 20;

export const ZScheduleItem = z.object({ date: dateField(), action: line() });

export const ZLearning = z.object({
  goal: note(),
  effort: note(),
  schedule: z.array(ZScheduleItem).max(MAX_SCHEDULE_ITEMS).default([]),
  support: note(),
  mode: z.enum(LEARNING_MODES).nullable().default(null),
  /** What "other" is; ignored for the other modes. */
  otherMode: line(),
});

export const ZSelfTraining = z.object({
  goal: note(),
  module: line(),
  from: dateField(),
  to: dateField(),
  support: note(),
});

export const ZTindakLanjutContent = z.object({
  challenges: note(),
  /** Pilihan Belajar: mandatory. */
  learning: ZLearning.default(() => ZLearning.parse({})),
  /** Pelatihan Mandiri: optional, but complete once anything is written in it. */
  selfTraining: ZSelfTraining.default(() => ZSelfTraining.parse({})),
});

export type TindakLanjutContent = z.infer<typeof ZTindakLanjutContent>;

export function emptyTindakLanjut(): TindakLanjutContent {
  return ZTindakLanjutContent.parse({});
}

export function tindakLanjutProblems(c: TindakLanjutContent, _ctx: PracticeContext): PracticeProblem[] {
  const { list, add } = problemList();
  if (!filled(c.challenges)) add("tantangan", "practice.tindak_lanjut.challengesRequired");

  const l = c.learning;
  if (!filled(l.goal)) add("pilihanBelajar", "practice.tindak_lanjut.learningGoalRequired");
  if (!filled(l.effort)) add("pilihanBelajar", "practice.tindak_lanjut.learningEffortRequired");
  if (l.schedule.length === 0) add("pilihanBelajar", "practice.tindak_lanjut.learningScheduleRequired");
  l.schedule.forEach((item, index) => {
    if (!item.date || !filled(item.action)) {
      add("pilihanBelajar", "practice.tindak_lanjut.learningScheduleItemIncomplete", { index: index + 1 });
    }
  });
  if (!filled(l.support)) add("pilihanBelajar", "practice.tindak_lanjut.learningSupportRequired");
  if (!l.mode) add("pilihanBelajar", "practice.tindak_lanjut.learningModeRequired");
  if (l.mode === "other" && !filled(l.otherMode)) add("pilihanBelajar", "practice.tindak_lanjut.otherModeRequired");

  const s = c.selfTraining;
  const started = filled(s.goal) || filled(s.module) || filled(s.support) || s.from !== null || s.to !== null;
  if (started) {
    if (!filled(s.goal) || !filled(s.module) || !s.from || !s.to) {
      add("pelatihanMandiri", "practice.tindak_lanjut.selfTrainingIncomplete");
    }
    if (s.from && s.to && s.from > s.to) add("pelatihanMandiri", "practice.tindak_lanjut.selfTrainingPeriodOrder");
  }
  return list;
}

export const TINDAK_LANJUT_TRANSITIONS: Record<TindakLanjutAction, Transition<TindakLanjutStatus>> = {
  submit: { from: ["draft"], roles: ["owner"], to: "submitted", requires: ["window", "complete"], versioned: true },
  requestReopen: { from: ["submitted"], roles: ["owner"], to: null },
  reopen: { from: ["submitted"], roles: ["superior", "admin"], to: "draft", reopens: true },
};

export const TINDAK_LANJUT_PENS: Partial<Record<DocumentRole, Pen<TindakLanjutStatus, TindakLanjutContent>>> = {
  owner: { statuses: ["draft"], fields: "all" },
};

export const TINDAK_LANJUT_DOCUMENT: DocumentType<
  "tindak_lanjut",
  TindakLanjutStatus,
  TindakLanjutAction,
  TindakLanjutContent,
  PracticeContext,
  PracticeProblem
> = {
  kind: "tindak_lanjut",
  statuses: TINDAK_LANJUT_STATUSES,
  initial: "draft",
  done: ["submitted"],
  transitions: TINDAK_LANJUT_TRANSITIONS,
  pens: TINDAK_LANJUT_PENS,
  schema: ZTindakLanjutContent,
  empty: emptyTindakLanjut,
  problems: tindakLanjutProblems,
  after: ["observasi"],
};
