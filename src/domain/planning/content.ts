import { z } from "zod";
import { code, id, multiLine, singleLine } from "../validation/vocabulary.js";

/**
 * The answers of a plan, typed once and stored as JSONB. Every field is optional in a draft so
 * nothing typed is ever lost; `planProblems` (rules.ts) says what a submit still needs.
 */
export const PLAN_STEPS = ["profil", "praktik", "kompetensi", "tugas", "perilaku", "rangkuman"] as const;
export type PlanStep = (typeof PLAN_STEPS)[number];

/** A target quantity is a count of activities: whole, 1–50 (null while the field is emptied: counts nothing). */
export const RHK_QUANTITY = { min: 1, max: 50 } as const;

/** A count people type: "2,5" is refused with a message that says why, never read as 25 or 2.5. */
function count(label: string, min: number, max: number, unit = "") {
  return z
    .number(`${label} harus berupa angka`)
    .int(`${label} harus bilangan bulat (tanpa koma), mis. 2`)
    .min(min, `${label} minimal ${min}${unit}`)
    .max(max, `${label} maksimal ${max}${unit}`);
}

export const ZRhkLine = z.object({
  code: code(),
  quantity: count("Target kuantitas", RHK_QUANTITY.min, RHK_QUANTITY.max).nullable(),
});

export const ZDutyLine = z.object({
  /** The duty's name as in the staff data, e.g. "Wali kelas". */
  name: singleLine({ min: 1, max: 100 }),
  skFileId: id.nullable().default(null),
  targetQuantity: count("Target kuantitas", 1, 1000).nullable().default(null),
  targetUnit: singleLine({ max: 50 }).default(""),
  /** Target time in months within the period. */
  targetMonths: count("Target waktu", 1, 12, " bulan").nullable().default(null),
});

export const ZPlanContent = z.object({
  lastStep: z.enum(PLAN_STEPS).default("profil"),
  profileConfirmed: z.boolean().default(false),
  /** Guru: a practice indicator code; KS: a leadership indicator code. */
  indicatorCode: code().nullable().default(null),
  rhk: z.array(ZRhkLine).max(30).default([]),
  /** Null = not answered yet; true = "Tidak ada tugas tambahan". */
  noDuties: z.boolean().nullable().default(null),
  duties: z.array(ZDutyLine).max(20).default([]),
  behaviourNotes: z
    .record(code(), multiLine({ max: 1000, maxMessage: "Catatan maksimal 1000 karakter", trim: false }))
    .refine((notes) => Object.keys(notes).length <= 50, "Catatan perilaku paling banyak 50.")
    .default({}),
  /** Pengawas: the 3 schools to accompany. */
  schoolIds: z.array(id).max(3, "Pilih tepat 3 sekolah").default([]),
});

export type PlanContent = z.infer<typeof ZPlanContent>;
export type RhkLine = z.infer<typeof ZRhkLine>;
export type DutyLine = z.infer<typeof ZDutyLine>;

export function emptyPlanContent(): PlanContent {
  return ZPlanContent.parse({});
}
