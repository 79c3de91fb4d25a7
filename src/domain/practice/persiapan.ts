import { z } from "zod";
import type { DocumentCommand, DocumentRole, DocumentType, Pen, Transition } from "../documents/engine.js";
import { code, id } from "../validation/vocabulary.js";
import { indicatorOf, OBSERVATION_MODES, type PracticeContext, type PracticeProblem, problemList } from "./context.js";
import { clockTime, dateField, filled, line, note, webLink } from "./fields.js";

/**
 * Stage 1, Dokumen Persiapan (DOMAIN.md §4): the guru chooses ≥1 target perilaku of the plan's
 * indicator, says how they will learn each (upaya perilaku), and proposes the observation time.
 *   draft ──submit──▶ submitted ──confirmSchedule (superior)──▶ scheduled (done)
 * The guru may keep editing until the observation starts (`persiapanGuard`); the superior may
 * propose another time instead of confirming (`proposedSchedule`), which the guru adopts.
 */
export const PERSIAPAN_STATUSES = ["draft", "submitted", "scheduled"] as const;
export type PersiapanStatus = (typeof PERSIAPAN_STATUSES)[number];
export type PersiapanAction = "submit" | "confirmSchedule";

export const MAX_TARGETS = 10;
export const MAX_FILES = 5;

export const ZSchedule = z.object({
  date: dateField(),
  time: clockTime.nullable().default(null),
  /** A guru's lesson: the class and the subject. */
  className: line(),
  subject: line(),
  place: line(),
  /** A KS's practice: the activity observed (a teachers' or parents' meeting, …) and notes. */
  activity: line(),
  notes: note(),
});

export const ZChosenTarget = z.object({
  code: code(),
  /** How the guru will learn this target perilaku (upaya perilaku). */
  upaya: note(),
});

export const ZPersiapanContent = z.object({
  targets: z.array(ZChosenTarget).max(MAX_TARGETS).default([]),
  schedule: ZSchedule.default(() => ZSchedule.parse({})),
  /** Uploads (RPP / modul ajar / asesmen): only where the rule set asks for evidence uploads (2024). */
  files: z.array(id).max(MAX_FILES, `Paling banyak ${MAX_FILES} berkas`).default([]),
  /** The superior's pen: another time for the observation, for the guru to adopt. */
  proposedSchedule: ZSchedule.nullable().default(null),
  /** How the observation is made (a KS chooses; a guru is always observed `langsung`). */
  observationMode: z.enum(OBSERVATION_MODES).default("langsung"),
  /**
   * `tidak_langsung`: where the observer watches the practice (added after it was recorded): a
   * link, or a video uploaded here (a `video` upload, ≤ 50 MB), or both.
   */
  videoUrl: z.union([webLink, z.literal("")]).default(""),
  videoFileId: id.nullable().default(null),
});

export type PersiapanContent = z.infer<typeof ZPersiapanContent>;
export type Schedule = z.infer<typeof ZSchedule>;

export function emptyPersiapan(): PersiapanContent {
  return ZPersiapanContent.parse({});
}

export function persiapanProblems(c: PersiapanContent, ctx: PracticeContext): PracticeProblem[] {
  const { list, add } = problemList();
  const indicator = indicatorOf(ctx);
  if (!indicator) add("target", "practice.persiapan.indicatorUnknown");
  if (c.targets.length === 0) add("target", "practice.persiapan.targetRequired");
  const known = new Set(indicator?.targets.map((t) => t.code) ?? []);
  const seen = new Set<string>();
  for (const t of c.targets) {
    if (!known.has(t.code)) add("target", "practice.persiapan.targetUnknown", { code: t.code });
    else if (seen.has(t.code)) add("target", "practice.persiapan.targetDuplicate", { code: t.code });
    seen.add(t.code);
    if (!filled(t.upaya)) add("target", "practice.persiapan.upayaRequired", { code: t.code });
  }
  const s = c.schedule;
  if (!s.date) add("jadwal", "practice.persiapan.scheduleDateRequired");
  else if (s.date < ctx.today) add("jadwal", "practice.persiapan.scheduleInPast", { date: s.date });
  if (!s.time) add("jadwal", "practice.persiapan.scheduleTimeRequired");
  if (ctx.track === "kepala_sekolah") {
    if (!filled(s.activity)) add("jadwal", "practice.persiapan.scheduleActivityRequired");
  } else {
    if (!filled(s.className)) add("jadwal", "practice.persiapan.scheduleClassRequired");
    if (!filled(s.subject)) add("jadwal", "practice.persiapan.scheduleSubjectRequired");
    // A lesson is observed in the classroom: only a KS's practice may be observed otherwise.
    if (c.observationMode !== "langsung") add("jadwal", "practice.persiapan.modeGuruLangsung");
  }
  if (!filled(s.place)) add("jadwal", "practice.persiapan.schedulePlaceRequired");
  if (c.files.length > 0 && !ctx.ruleSet.settings.evidenceUploadsRequired) {
    add("berkas", "practice.persiapan.filesNotAllowed");
  }
  return list;
}

/** A guru's lesson is observed in class: no video of it is kept, whatever a save sends. */
export function cleanPersiapan(c: PersiapanContent, ctx: PracticeContext): PersiapanContent {
  return ctx.track === "kepala_sekolah" ? c : { ...c, videoUrl: "", videoFileId: null };
}

export const PERSIAPAN_TRANSITIONS: Record<PersiapanAction, Transition<PersiapanStatus>> = {
  submit: { from: ["draft"], roles: ["owner"], to: "submitted", requires: ["window", "complete"], versioned: true },
  confirmSchedule: {
    from: ["submitted"],
    roles: ["superior"],
    to: "scheduled",
    requires: ["window", "complete"],
    versioned: true,
  },
};

export const PERSIAPAN_PENS: Partial<Record<DocumentRole, Pen<PersiapanStatus, PersiapanContent>>> = {
  // A new time after the KS confirmed one goes back to the KS to confirm again.
  owner: {
    statuses: ["draft", "submitted", "scheduled"],
    fields: ["targets", "schedule", "files", "observationMode", "videoUrl", "videoFileId"],
    resubmits: { from: ["scheduled"], fields: ["schedule", "observationMode"], to: "submitted" },
  },
  superior: { statuses: ["submitted"], fields: ["proposedSchedule"] },
};

export const PERSIAPAN_DOCUMENT: DocumentType<
  "persiapan",
  PersiapanStatus,
  PersiapanAction,
  PersiapanContent,
  PracticeContext,
  PracticeProblem
> = {
  kind: "persiapan",
  statuses: PERSIAPAN_STATUSES,
  initial: "draft",
  done: ["scheduled"],
  transitions: PERSIAPAN_TRANSITIONS,
  pens: PERSIAPAN_PENS,
  schema: ZPersiapanContent,
  empty: emptyPersiapan,
  problems: persiapanProblems,
  clean: cleanPersiapan,
  after: ["plan"],
  fileIds: (c) => c.files,
  // The video of a tidak-langsung observation is what the observer watches, not evidence.
  videoFileIds: (c) => (c.videoFileId ? [c.videoFileId] : []),
};

/** Once the observation has started, the persiapan is what was observed against: nobody changes it. */
export function persiapanLocked(ctx: Pick<PracticeContext, "observationStarted">): boolean {
  return ctx.observationStarted;
}

export type PersiapanGuardRefusal =
  | { ok: false; error: "OBSERVATION_STARTED" }
  | { ok: false; error: "INCOMPLETE"; problems: PracticeProblem[] };

/**
 * What the engine cannot say by status alone; the use case asks this before `decide`:
 * - after the observation started, every save and action is refused;
 * - a save while `scheduled` (done, the observation agreed) must leave the document complete,
 *   or a done persiapan could lose its targets.
 * Null: go on to `decide`.
 */
export function persiapanGuard(
  status: PersiapanStatus,
  cmd: DocumentCommand<PersiapanAction, PersiapanContent>,
  roles: readonly DocumentRole[],
  ctx: PracticeContext,
): PersiapanGuardRefusal | null {
  if (persiapanLocked(ctx)) return { ok: false, error: "OBSERVATION_STARTED" };
  if (cmd.type === "save" && status === "scheduled" && roles.includes("owner")) {
    const problems = persiapanProblems(cmd.content, ctx);
    if (problems.length > 0) return { ok: false, error: "INCOMPLETE", problems };
  }
  return null;
}
