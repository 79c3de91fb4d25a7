import { z } from "zod";
import type { DocumentRole, DocumentType, Pen, Transition } from "../documents/engine.js";
import type { RuleSetContent } from "../rulesets/types.js";
import { code, id, int, singleLine } from "../validation/vocabulary.js";
import { type PracticeContext, type PracticeProblem, problemList } from "./context.js";
import { filled, line, note } from "./fields.js";

/**
 * Bukti dukung (2024) / laporan (2025+): what became of the agreed plan (DOMAIN.md §2, §3, §5 —
 * Pengembangan Kompetensi and tugas tambahan are taken into account, Dokumen Akuntabilitas is
 * collected). One document whose rules the rule set chooses (`resultsMode`):
 * - `bukti` (uploads allowed, 2024): per approved RHK item the achieved quantity, counted against
 *   the plan's target, with its evidence (the certificate or report the catalogue names); per
 *   tugas tambahan the achieved quantity and a report (the SK is already in the plan).
 * - `laporan` (no uploads, 2025+): a written reflection per competence item (the plan's RHK
 *   items) and a report on the chosen main duty (Pelaksanaan Tugas Pokok); the atasan verifies
 *   directly, nothing is uploaded.
 * Opens with the upaya, after the tindak lanjut; the practice is done only when it is verified.
 *   draft ──submit──▶ submitted ──verify (superior)──▶ verified (done)
 *                     submitted ──return (superior, with a note)──▶ returned ──submit──▶ submitted
 *   verified ──reopen (superior/admin)──▶ draft, revision + 1
 */
export const BUKTI_DUKUNG_STATUSES = ["draft", "submitted", "returned", "verified"] as const;
export type BuktiDukungStatus = (typeof BUKTI_DUKUNG_STATUSES)[number];
export type BuktiDukungAction = "submit" | "verify" | "return" | "reopen";

export type ResultsMode = "bukti" | "laporan";

/** Which rules apply: evidence uploads (2024) or written reports (2025+). Data, not a code fork. */
export function resultsMode(ruleSet: Pick<RuleSetContent, "settings">): ResultsMode {
  return ruleSet.settings.evidenceUploadsRequired ? "bukti" : "laporan";
}

export const MAX_EVIDENCE_FILES = 5;
export const MAX_ACHIEVED = 1000;
const MAX_RHK = 30;
const MAX_DUTIES = 20;

const achieved = () => int().max(MAX_ACHIEVED, `Realisasi paling banyak ${MAX_ACHIEVED}`).nullable().default(null);
const evidenceFiles = () =>
  z.array(id).max(MAX_EVIDENCE_FILES, `Paling banyak ${MAX_EVIDENCE_FILES} berkas`).default([]);

/** One RHK item of the plan: realisasi and bukti (2024), or a reflection (2025+). */
export const ZRhkResult = z.object({
  achieved: achieved(),
  files: evidenceFiles(),
  reflection: note(),
});

/** One tugas tambahan of the plan: realisasi and its report (2024). */
export const ZDutyResult = z.object({
  achieved: achieved(),
  files: evidenceFiles(),
  report: note(),
});

export const ZBuktiDukungContent = z.object({
  /** By the plan's RHK item code. */
  rhk: z
    .record(code(), ZRhkResult)
    .refine((r) => Object.keys(r).length <= MAX_RHK, "Terlalu banyak butir RHK.")
    .default({}),
  /** By the name of the plan's tugas tambahan. */
  duties: z
    .record(singleLine({ min: 1, max: 100 }), ZDutyResult)
    .refine((d) => Object.keys(d).length <= MAX_DUTIES, "Terlalu banyak tugas tambahan.")
    .default({}),
  /** 2025+: the main duty chosen as focus (Pelaksanaan Tugas Pokok), and the report on it. */
  mainDuty: line(),
  mainDutyReport: note(),
  /** The superior's pen: what they say back, with a verification or a return. */
  feedback: note(),
});

export type BuktiDukungContent = z.infer<typeof ZBuktiDukungContent>;
export type RhkResult = z.infer<typeof ZRhkResult>;
export type DutyResult = z.infer<typeof ZDutyResult>;

export function emptyBuktiDukung(): BuktiDukungContent {
  return ZBuktiDukungContent.parse({});
}

/** Every file the document refers to, once. */
export function buktiDukungFiles(c: BuktiDukungContent): string[] {
  const all = [...Object.values(c.rhk), ...Object.values(c.duties)].flatMap((r) => r.files);
  return [...new Set(all)];
}

export function buktiDukungProblems(c: BuktiDukungContent, ctx: PracticeContext): PracticeProblem[] {
  const { list, add } = problemList();
  if (resultsMode(ctx.ruleSet) === "bukti") {
    for (const item of ctx.plan.rhk) {
      const r = c.rhk[item.code];
      if (r?.achieved === null || r?.achieved === undefined) {
        add("rhk", "practice.bukti_dukung.achievedRequired", { code: item.code, target: item.quantity ?? "—" });
      }
      if (!r?.files.length) add("rhk", "practice.bukti_dukung.evidenceRequired", { code: item.code });
    }
    for (const duty of ctx.plan.duties) {
      const d = c.duties[duty.name];
      if (d?.achieved === null || d?.achieved === undefined) {
        add("tugas", "practice.bukti_dukung.dutyAchievedRequired", { name: duty.name });
      }
      if (!d?.files.length) add("tugas", "practice.bukti_dukung.dutyReportRequired", { name: duty.name });
    }
    return list;
  }
  for (const item of ctx.plan.rhk) {
    if (!filled(c.rhk[item.code]?.reflection))
      add("kompetensi", "practice.bukti_dukung.reflectionRequired", { code: item.code });
  }
  if (!filled(c.mainDuty)) add("tugasPokok", "practice.bukti_dukung.mainDutyRequired");
  if (!filled(c.mainDutyReport)) add("tugasPokok", "practice.bukti_dukung.mainDutyReportRequired");
  if (buktiDukungFiles(c).length > 0) add("berkas", "practice.bukti_dukung.filesNotAllowed");
  return list;
}

export const BUKTI_DUKUNG_TRANSITIONS: Record<BuktiDukungAction, Transition<BuktiDukungStatus>> = {
  submit: {
    from: ["draft", "returned"],
    roles: ["owner"],
    to: "submitted",
    requires: ["window", "complete"],
    versioned: true,
  },
  verify: {
    from: ["submitted"],
    roles: ["superior"],
    to: "verified",
    requires: ["window", "complete"],
    versioned: true,
  },
  return: { from: ["submitted"], roles: ["superior"], to: "returned", requires: ["window", "note"], versioned: true },
  reopen: { from: ["verified"], roles: ["superior", "admin"], to: "draft", reopens: true },
};

export const BUKTI_DUKUNG_PENS: Partial<Record<DocumentRole, Pen<BuktiDukungStatus, BuktiDukungContent>>> = {
  owner: { statuses: ["draft", "returned"], fields: ["rhk", "duties", "mainDuty", "mainDutyReport"] },
  superior: { statuses: ["submitted"], fields: ["feedback"] },
};

export const BUKTI_DUKUNG_DOCUMENT: DocumentType<
  "bukti_dukung",
  BuktiDukungStatus,
  BuktiDukungAction,
  BuktiDukungContent,
  PracticeContext,
  PracticeProblem
> = {
  kind: "bukti_dukung",
  statuses: BUKTI_DUKUNG_STATUSES,
  initial: "draft",
  done: ["verified"],
  transitions: BUKTI_DUKUNG_TRANSITIONS,
  pens: BUKTI_DUKUNG_PENS,
  schema: ZBuktiDukungContent,
  empty: emptyBuktiDukung,
  problems: buktiDukungProblems,
  after: ["tindak_lanjut"],
  fileIds: buktiDukungFiles,
};
