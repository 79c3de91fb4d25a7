import { z } from "zod";
import { EXPECTATIONS, PRACTICE_AXES } from "../assessment/scale.js";
import type { DocumentRole, DocumentType, Pen, Transition } from "../documents/engine.js";
import { type PracticeContext, type PracticeProblem, problemList } from "./context.js";
import { filled, note } from "./fields.js";

/**
 * Penilaian (DOMAIN.md §5): the atasan's assessment at the end of the cycle — a guru's KS or Plt,
 * a KS's or pengawas's Kepala Dinas (the Tim Kinerja recommends, never decides: `ATASAN_ONLY`).
 * Practice is rated on its three axes with a note each, each BerAKHLAK aspect gets feedback, then
 * the Rating Hasil Kerja and Rating Perilaku Kerja give the predikat (`predikatOf`). The pegawai
 * reads it, acknowledges it and may add a written response; both are kept with the result. A
 * correction after that is a reopen (asked by the pegawai, decided by the atasan or admin), the
 * old version kept. It opens in the penilaian window (`phase`), once the practice is done.
 *   draft ──rate (superior)──▶ rated ──acknowledge (owner)──▶ acknowledged (done)
 *   rated / acknowledged ──reopen (superior/admin)──▶ draft, revision + 1
 */
export const PENILAIAN_STATUSES = ["draft", "rated", "acknowledged"] as const;
export type PenilaianStatus = (typeof PENILAIAN_STATUSES)[number];
export type PenilaianAction = "rate" | "acknowledge" | "requestReopen" | "reopen";

const axis = () =>
  z
    .object({ level: z.enum(EXPECTATIONS).nullable().default(null), feedback: note() })
    .default(() => ({ level: null, feedback: "" }));

/** A BerAKHLAK aspect's code (from the rule set): short, lower-case, as the catalogue writes them. */
const aspectCode = z.string().regex(/^[a-z][a-z0-9_-]{0,39}$/, "Kode aspek tidak valid");

export const ZPenilaianContent = z.object({
  axes: z.object({ upayaRefleksi: axis(), upayaMempelajari: axis(), perubahanPraktik: axis() }).default(() => ({
    upayaRefleksi: { level: null, feedback: "" },
    upayaMempelajari: { level: null, feedback: "" },
    perubahanPraktik: { level: null, feedback: "" },
  })),
  /** Feedback per BerAKHLAK aspect of the rule set, by its code. */
  behaviours: z.record(aspectCode, note()).default({}),
  hasilKerja: z.enum(EXPECTATIONS).nullable().default(null),
  perilaku: z.enum(EXPECTATIONS).nullable().default(null),
  /** The atasan's closing note (optional): what to keep, what to work on next year. */
  note: note(),
  /** The pegawai's written response, kept with the result (optional). */
  response: note(),
});

export type PenilaianContent = z.infer<typeof ZPenilaianContent>;

export function emptyPenilaian(): PenilaianContent {
  return ZPenilaianContent.parse({});
}

/**
 * What a rating still needs. A pegawai appointed late is rated on perilaku only (DOMAIN.md §5):
 * no practice axes and no hasil kerja (the predikat then follows `predikatInScope`).
 */
export function penilaianProblems(c: PenilaianContent, ctx: PracticeContext): PracticeProblem[] {
  const { list, add } = problemList();
  const full = ctx.assessmentScope !== "perilaku_only";
  if (full) {
    for (const a of PRACTICE_AXES) {
      if (!c.axes[a].level) add(a, `practice.penilaian.${a}Required`);
      if (!filled(c.axes[a].feedback)) add(a, `practice.penilaian.${a}FeedbackRequired`);
    }
    if (!c.hasilKerja) add("rating", "practice.penilaian.hasilKerjaRequired");
  }
  for (const aspect of ctx.ruleSet.behaviourAspects) {
    if (!filled(c.behaviours[aspect.code])) {
      add("perilaku", "practice.penilaian.behaviourRequired", { aspect: aspect.name });
    }
  }
  if (!c.perilaku) add("rating", "practice.penilaian.perilakuRequired");
  return list;
}

/** Drops feedback for aspects the rule set does not have (a stale draft, a hand-made request). */
export function cleanPenilaian(c: PenilaianContent, ctx: PracticeContext): PenilaianContent {
  const codes = new Set(ctx.ruleSet.behaviourAspects.map((a) => a.code));
  return { ...c, behaviours: Object.fromEntries(Object.entries(c.behaviours).filter(([k]) => codes.has(k))) };
}

export const PENILAIAN_TRANSITIONS: Record<PenilaianAction, Transition<PenilaianStatus>> = {
  rate: { from: ["draft"], roles: ["superior"], to: "rated", requires: ["window", "complete"], versioned: true },
  acknowledge: { from: ["rated"], roles: ["owner"], to: "acknowledged", versioned: true },
  requestReopen: { from: ["rated", "acknowledged"], roles: ["owner"], to: null },
  reopen: { from: ["rated", "acknowledged"], roles: ["superior", "admin"], to: "draft", reopens: true },
};

const ATASAN_FIELDS = ["axes", "behaviours", "hasilKerja", "perilaku", "note"] as const;

export const PENILAIAN_PENS: Partial<Record<DocumentRole, Pen<PenilaianStatus, PenilaianContent>>> = {
  superior: { statuses: ["draft"], fields: [...ATASAN_FIELDS] },
  owner: { statuses: ["rated"], fields: ["response"] },
};

type PenilaianDocument = DocumentType<
  "penilaian",
  PenilaianStatus,
  PenilaianAction,
  PenilaianContent,
  PracticeContext,
  PracticeProblem
>;

const base = {
  kind: "penilaian",
  statuses: PENILAIAN_STATUSES,
  initial: "draft",
  done: ["acknowledged"],
  transitions: PENILAIAN_TRANSITIONS,
  pens: PENILAIAN_PENS,
  schema: ZPenilaianContent,
  empty: emptyPenilaian,
  problems: penilaianProblems,
  clean: cleanPenilaian,
  phase: "penilaian",
  atasanOnly: true,
} as const satisfies Omit<PenilaianDocument, "after">;

/** A guru's: once the refleksi and the bukti dukung are done. */
export const PENILAIAN_GURU_DOCUMENT: PenilaianDocument = { ...base, after: ["refleksi", "bukti_dukung"] };

/** A KS's or pengawas's: once the Tim Kinerja has sent its recommendation (itself after both). */
export const PENILAIAN_LEADER_DOCUMENT: PenilaianDocument = { ...base, after: ["rekomendasi"] };
