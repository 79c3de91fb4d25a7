import { z } from "zod";
import type { DocumentRole, DocumentType, Pen, Transition } from "../documents/engine.js";
import { type PracticeContext, type PracticeProblem, problemList } from "./context.js";
import { filled, line, note } from "./fields.js";

/**
 * Stage 5, Refleksi Tindak Lanjut (DOMAIN.md §4): four questions, then a discussion with the
 * superior, who records it and gives feedback (umpan balik, never a score).
 *   draft ──submit──▶ submitted ──recordDiscussion (superior)──▶ discussed (done)
 */
export const REFLEKSI_STATUSES = ["draft", "submitted", "discussed"] as const;
export type RefleksiStatus = (typeof REFLEKSI_STATUSES)[number];
export type RefleksiAction = "submit" | "recordDiscussion";

/** "What are the 3 hardest challenges you expect?" */
export const CHALLENGE_COUNT = 3;

export const ZRefleksiContent = z.object({
  /** What new inspiration did the follow-up give you? */
  inspiration: note(),
  /** What change in your classroom practice have you made? */
  practiceChange: note(),
  challenges: z.array(line()).max(CHALLENGE_COUNT).default([]),
  /** How will you overcome them so the change happens? */
  plan: note(),
  /** The superior's pen. */
  discussion: note(),
  feedback: note(),
});

export type RefleksiContent = z.infer<typeof ZRefleksiContent>;

export function emptyRefleksi(): RefleksiContent {
  return ZRefleksiContent.parse({});
}

export function refleksiProblems(c: RefleksiContent, ctx: PracticeContext): PracticeProblem[] {
  const { list, add } = problemList();
  if (!filled(c.inspiration)) add("refleksi", "practice.refleksi.inspirationRequired");
  if (!filled(c.practiceChange)) add("refleksi", "practice.refleksi.practiceChangeRequired");
  if (c.challenges.filter(filled).length !== CHALLENGE_COUNT) {
    add("refleksi", "practice.refleksi.challengesRequired", { count: CHALLENGE_COUNT });
  }
  if (!filled(c.plan)) add("refleksi", "practice.refleksi.planRequired");
  if (ctx.closingDue && !filled(c.discussion)) add("diskusi", "practice.refleksi.discussionRequired");
  return list;
}

export const REFLEKSI_TRANSITIONS: Record<RefleksiAction, Transition<RefleksiStatus>> = {
  submit: { from: ["draft"], roles: ["owner"], to: "submitted", requires: ["window", "complete"], versioned: true },
  recordDiscussion: {
    from: ["submitted"],
    roles: ["superior"],
    to: "discussed",
    requires: ["window", "complete"],
    versioned: true,
  },
};

export const REFLEKSI_PENS: Partial<Record<DocumentRole, Pen<RefleksiStatus, RefleksiContent>>> = {
  owner: { statuses: ["draft"], fields: ["inspiration", "practiceChange", "challenges", "plan"] },
  superior: { statuses: ["submitted"], fields: ["discussion", "feedback"] },
};

export const REFLEKSI_DOCUMENT: DocumentType<
  "refleksi",
  RefleksiStatus,
  RefleksiAction,
  RefleksiContent,
  PracticeContext,
  PracticeProblem
> = {
  kind: "refleksi",
  statuses: REFLEKSI_STATUSES,
  initial: "draft",
  done: ["discussed"],
  transitions: REFLEKSI_TRANSITIONS,
  pens: REFLEKSI_PENS,
  schema: ZRefleksiContent,
  empty: emptyRefleksi,
  problems: refleksiProblems,
  after: ["upaya"],
};
