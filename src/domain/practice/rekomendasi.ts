import { z } from "zod";
import { EXPECTATIONS, PRACTICE_AXES } from "../assessment/scale.js";
import type { DocumentRole, DocumentType, Pen, Transition } from "../documents/engine.js";
import { type PracticeContext, type PracticeProblem, problemList } from "./context.js";
import { filled, note } from "./fields.js";

/**
 * The Tim Kinerja's recommendation for a KS or a pengawas (DOMAIN.md §5: "for KS and pengawas the
 * Tim Kinerja recommends and the Kepala Dinas (PPK) decides"). Written at the end of the practice,
 * once the reflection and the bukti dukung are done: the three practice axes, each with a note,
 * and the two ratings the Kepala Dinas will give, with a note to them. It is advice to the PPK,
 * not a result: the pegawai does not read it (`visibleTo`); they read the Kepala Dinas's penilaian.
 *   draft ──submit (superior)──▶ submitted (done)
 */
export const REKOMENDASI_STATUSES = ["draft", "submitted"] as const;
export type RekomendasiStatus = (typeof REKOMENDASI_STATUSES)[number];
export type RekomendasiAction = "submit";

const axis = () =>
  z
    .object({ level: z.enum(EXPECTATIONS).nullable().default(null), feedback: note() })
    .default(() => ({ level: null, feedback: "" }));

export const ZRekomendasiContent = z.object({
  axes: z.object({ upayaRefleksi: axis(), upayaMempelajari: axis(), perubahanPraktik: axis() }).default(() => ({
    upayaRefleksi: { level: null, feedback: "" },
    upayaMempelajari: { level: null, feedback: "" },
    perubahanPraktik: { level: null, feedback: "" },
  })),
  hasilKerja: z.enum(EXPECTATIONS).nullable().default(null),
  perilaku: z.enum(EXPECTATIONS).nullable().default(null),
  /** To the Kepala Dinas: why these ratings, and what the pegawai should work on next. */
  note: note(),
});

export type RekomendasiContent = z.infer<typeof ZRekomendasiContent>;

export function emptyRekomendasi(): RekomendasiContent {
  return ZRekomendasiContent.parse({});
}

export function rekomendasiProblems(c: RekomendasiContent, _ctx: PracticeContext): PracticeProblem[] {
  const { list, add } = problemList();
  for (const a of PRACTICE_AXES) {
    if (!c.axes[a].level) add(a, `practice.rekomendasi.${a}Required`);
    if (!filled(c.axes[a].feedback)) add(a, `practice.rekomendasi.${a}FeedbackRequired`);
  }
  if (!c.hasilKerja) add("rating", "practice.rekomendasi.hasilKerjaRequired");
  if (!c.perilaku) add("rating", "practice.rekomendasi.perilakuRequired");
  if (!filled(c.note)) add("rating", "practice.rekomendasi.noteRequired");
  return list;
}

export const REKOMENDASI_TRANSITIONS: Record<RekomendasiAction, Transition<RekomendasiStatus>> = {
  submit: { from: ["draft"], roles: ["superior"], to: "submitted", requires: ["window", "complete"], versioned: true },
};

export const REKOMENDASI_PENS: Partial<Record<DocumentRole, Pen<RekomendasiStatus, RekomendasiContent>>> = {
  superior: { statuses: ["draft"], fields: "all" },
};

type RekomendasiDocument = DocumentType<
  "rekomendasi",
  RekomendasiStatus,
  RekomendasiAction,
  RekomendasiContent,
  PracticeContext,
  PracticeProblem
>;

const base = {
  kind: "rekomendasi",
  statuses: REKOMENDASI_STATUSES,
  initial: "draft",
  done: ["submitted"],
  transitions: REKOMENDASI_TRANSITIONS,
  pens: REKOMENDASI_PENS,
  schema: ZRekomendasiContent,
  empty: emptyRekomendasi,
  problems: rekomendasiProblems,
} as const satisfies Omit<RekomendasiDocument, "after">;

/** A KS's: after the refleksi and the bukti dukung (the results the hasil kerja rating weighs). */
export const REKOMENDASI_KS_DOCUMENT: RekomendasiDocument = { ...base, after: ["refleksi", "bukti_dukung"] };

/** A pengawas's: after their refleksi tindak lanjut and the bukti dukung. */
export const REKOMENDASI_PENGAWAS_DOCUMENT: RekomendasiDocument = {
  ...base,
  after: ["refleksi_pengawas", "bukti_dukung"],
};
