import { z } from "zod";
import { code, id, int, multiLine, singleLine } from "../validation/vocabulary.js";

/**
 * The answers of a plan, typed once and stored as JSONB. Every field is optional in a draft so
 * nothing typed is ever lost; `planProblems` (rules.ts) says what a submit still needs.
 */
export const PLAN_STEPS = ["profil", "praktik", "kompetensi", "tugas", "perilaku", "rangkuman"] as const;
export type PlanStep = (typeof PLAN_STEPS)[number];

export const ZRhkLine = z.object({
  code: code(),
  quantity: int().min(1, "Target kuantitas minimal 1").max(50, "Target kuantitas maksimal 50"),
});

export const ZDutyLine = z.object({
  /** The duty's name as in the staff data, e.g. "Wali kelas". */
  name: singleLine({ min: 1, max: 100 }),
  skFileId: id.nullable().default(null),
  targetQuantity: int().min(1, "Target kuantitas minimal 1").max(1000).nullable().default(null),
  targetUnit: singleLine({ max: 50 }).default(""),
  /** Target time in months within the period. */
  targetMonths: int()
    .min(1, "Target waktu minimal 1 bulan")
    .max(12, "Target waktu maksimal 12 bulan")
    .nullable()
    .default(null),
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
