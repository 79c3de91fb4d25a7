import { z } from "zod";
import type { DocumentCommand, DocumentRole, DocumentType, Pen, Transition } from "../../documents/engine.js";
import { id } from "../../validation/vocabulary.js";
import { type PracticeContext, type PracticeProblem, problemList } from "../context.js";
import { filled, note } from "../fields.js";

/**
 * Pengawas stage 1, Diskusi Persiapan (seed 002): after a dialog with the Tim Kinerja the pengawas
 * writes the 3 hardest challenges of accompanying schools, the focus issue, the focus school —
 * one of the 3 schools of the plan — and the strategy and methods. The Tim Kinerja agrees, or
 * returns it with a note.
 *   draft ──submit──▶ submitted ──agree (superior)──▶ agreed (done)
 *                     submitted ──return (superior, note)──▶ draft
 * The pengawas still accompanies every school they supervise, not only the focus one (seed 002,
 * "Perlu diketahui"): the form says so; nothing here narrows their other duties.
 */
export const DISKUSI_PERSIAPAN_STATUSES = ["draft", "submitted", "agreed"] as const;
export type DiskusiPersiapanStatus = (typeof DISKUSI_PERSIAPAN_STATUSES)[number];
export type DiskusiPersiapanAction = "submit" | "agree" | "return";

/** "Mengidentifikasi tiga tantangan tersulit". */
export const PENGAWAS_CHALLENGE_COUNT = 3;

export const ZDiskusiPersiapanContent = z.object({
  challenges: z.array(note()).max(PENGAWAS_CHALLENGE_COUNT).default([]),
  /** The issue the pendampingan focuses on, towards the chosen indicator. */
  focusIssue: note(),
  /** One of the plan's 3 schools (`PracticeContext.planSchoolIds`). */
  focusSchoolId: id.nullable().default(null),
  strategy: note(),
  methods: note(),
  /** The Tim Kinerja's pen: what they say back, with an agreement or a return. */
  feedback: note(),
});

export type DiskusiPersiapanContent = z.infer<typeof ZDiskusiPersiapanContent>;

export function emptyDiskusiPersiapan(): DiskusiPersiapanContent {
  return ZDiskusiPersiapanContent.parse({});
}

/** Whether `schoolId` is one of the schools the agreed plan names. */
export function inPlan(schoolId: string, ctx: Pick<PracticeContext, "planSchoolIds">): boolean {
  return (ctx.planSchoolIds ?? []).includes(schoolId);
}

export function diskusiPersiapanProblems(c: DiskusiPersiapanContent, ctx: PracticeContext): PracticeProblem[] {
  const { list, add } = problemList();
  if (c.challenges.filter(filled).length !== PENGAWAS_CHALLENGE_COUNT) {
    add("tantangan", "practice.diskusi_persiapan.challengesRequired", { count: PENGAWAS_CHALLENGE_COUNT });
  }
  if (!filled(c.focusIssue)) add("fokus", "practice.diskusi_persiapan.focusIssueRequired");
  if (!c.focusSchoolId) add("sekolah", "practice.diskusi_persiapan.focusSchoolRequired");
  else if (!inPlan(c.focusSchoolId, ctx)) add("sekolah", "practice.diskusi_persiapan.focusSchoolNotInPlan");
  if (!filled(c.strategy)) add("strategi", "practice.diskusi_persiapan.strategyRequired");
  if (!filled(c.methods)) add("strategi", "practice.diskusi_persiapan.methodsRequired");
  return list;
}

export const DISKUSI_PERSIAPAN_TRANSITIONS: Record<DiskusiPersiapanAction, Transition<DiskusiPersiapanStatus>> = {
  submit: { from: ["draft"], roles: ["owner"], to: "submitted", requires: ["window", "complete"], versioned: true },
  agree: { from: ["submitted"], roles: ["superior"], to: "agreed", requires: ["window", "complete"], versioned: true },
  return: { from: ["submitted"], roles: ["superior"], to: "draft", requires: ["note"] },
};

export const DISKUSI_PERSIAPAN_PENS: Partial<
  Record<DocumentRole, Pen<DiskusiPersiapanStatus, DiskusiPersiapanContent>>
> = {
  owner: { statuses: ["draft"], fields: ["challenges", "focusIssue", "focusSchoolId", "strategy", "methods"] },
  superior: { statuses: ["submitted"], fields: ["feedback"] },
};

export const DISKUSI_PERSIAPAN_DOCUMENT: DocumentType<
  "diskusi_persiapan",
  DiskusiPersiapanStatus,
  DiskusiPersiapanAction,
  DiskusiPersiapanContent,
  PracticeContext,
  PracticeProblem
> = {
  kind: "diskusi_persiapan",
  statuses: DISKUSI_PERSIAPAN_STATUSES,
  initial: "draft",
  done: ["agreed"],
  transitions: DISKUSI_PERSIAPAN_TRANSITIONS,
  pens: DISKUSI_PERSIAPAN_PENS,
  schema: ZDiskusiPersiapanContent,
  empty: emptyDiskusiPersiapan,
  problems: diskusiPersiapanProblems,
  after: ["plan"],
};

/**
 * What the engine cannot say from the status: a save naming a focus school the plan does not
 * name is refused outright (the form offers only the plan's 3; anything else is not a draft
 * to keep). The use case asks this before `decide`; null = go on.
 */
export function diskusiPersiapanGuard(
  cmd: DocumentCommand<DiskusiPersiapanAction, DiskusiPersiapanContent>,
  roles: readonly DocumentRole[],
  ctx: Pick<PracticeContext, "planSchoolIds">,
): { ok: false; error: "FOCUS_SCHOOL_NOT_IN_PLAN" } | null {
  // Only the owner writes the focus school; another role's save keeps the stored one.
  if (
    cmd.type === "save" &&
    roles.includes("owner") &&
    cmd.content.focusSchoolId &&
    !inPlan(cmd.content.focusSchoolId, ctx)
  ) {
    return { ok: false, error: "FOCUS_SCHOOL_NOT_IN_PLAN" };
  }
  return null;
}

/** The focus school the survey goes to: only once the Tim Kinerja agreed the diskusi persiapan. */
export function focusSchoolOf(doc: { status: string; content: DiskusiPersiapanContent } | null): string | null {
  return doc?.status === "agreed" ? doc.content.focusSchoolId : null;
}
