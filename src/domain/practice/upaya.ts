import { z } from "zod";
import type { DocumentRole, DocumentType, Pen, Transition } from "../documents/engine.js";
import { id } from "../validation/vocabulary.js";
import { type PracticeContext, type PracticeProblem, problemList } from "./context.js";
import { dateField, filled, line, note, webLink } from "./fields.js";

/**
 * Stage 4, Upaya Tindak Lanjut (DOMAIN.md §4): the guru carries out the learning plan and logs
 * what they did; the superior comments on entries as they discuss them (coaching, not scoring).
 *   draft ──finish──▶ done (done)
 */
export const UPAYA_STATUSES = ["draft", "done"] as const;
export type UpayaStatus = (typeof UPAYA_STATUSES)[number];
export type UpayaAction = "finish";

export const MAX_ENTRIES = 50;

export const ZUpayaEntry = z.object({
  /** Made by the client, so a comment can name the entry before the first save returns. */
  id,
  date: dateField(),
  action: line(),
  evidenceLink: webLink.nullable().default(null),
  fileId: id.nullable().default(null),
});

export const ZUpayaContent = z.object({
  entries: z.array(ZUpayaEntry).max(MAX_ENTRIES).default([]),
  /** The superior's pen: a comment per entry id. */
  comments: z
    .record(id, note())
    .refine((c) => Object.keys(c).length <= MAX_ENTRIES, "Terlalu banyak komentar.")
    .default({}),
});

export type UpayaContent = z.infer<typeof ZUpayaContent>;
export type UpayaEntry = z.infer<typeof ZUpayaEntry>;

export function emptyUpaya(): UpayaContent {
  return ZUpayaContent.parse({});
}

export function upayaProblems(c: UpayaContent, ctx: PracticeContext): PracticeProblem[] {
  const { list, add } = problemList();
  if (c.entries.length === 0) add("catatan", "practice.upaya.entryRequired");
  const ids = new Set<string>();
  c.entries.forEach((e, index) => {
    const n = index + 1;
    if (ids.has(e.id)) add("catatan", "practice.upaya.entryDuplicate", { index: n });
    ids.add(e.id);
    if (!e.date) add("catatan", "practice.upaya.entryDateRequired", { index: n });
    else if (e.date > ctx.today) add("catatan", "practice.upaya.entryInFuture", { index: n, date: e.date });
    if (!filled(e.action)) add("catatan", "practice.upaya.entryActionRequired", { index: n });
  });
  return list;
}

export const UPAYA_TRANSITIONS: Record<UpayaAction, Transition<UpayaStatus>> = {
  finish: { from: ["draft"], roles: ["owner"], to: "done", requires: ["window", "complete"], versioned: true },
};

export const UPAYA_PENS: Partial<Record<DocumentRole, Pen<UpayaStatus, UpayaContent>>> = {
  owner: { statuses: ["draft"], fields: ["entries"] },
  superior: { statuses: ["draft", "done"], fields: ["comments"] },
};

export const UPAYA_DOCUMENT: DocumentType<
  "upaya",
  UpayaStatus,
  UpayaAction,
  UpayaContent,
  PracticeContext,
  PracticeProblem
> = {
  kind: "upaya",
  statuses: UPAYA_STATUSES,
  initial: "draft",
  done: ["done"],
  transitions: UPAYA_TRANSITIONS,
  pens: UPAYA_PENS,
  schema: ZUpayaContent,
  empty: emptyUpaya,
  problems: upayaProblems,
  after: ["tindak_lanjut"],
  fileIds: (c) => c.entries.flatMap((e) => (e.fileId ? [e.fileId] : [])),
};
