import { z } from "zod";
import { note } from "../fields.js";
import { FOLLOW_UP_LEVELS } from "../observasi.js";

/**
 * The Tim Kinerja's ratings of a pengawas's practice (seed 002), each with a feedback note.
 * - Awareness (the diskusi tindak lanjut, "tingkat kesadaran Pengawas Sekolah dalam merefleksikan
 *   pendampingan", and *kesadaran dalam refleksi*): the follow-up scale seen for a teacher's
 *   reflection (CATALOGUE.md §2: tidak sadar kesulitan · sadar kesulitan · sadar dampak
 *   kesulitan), which names exactly that; applying it to the pengawas is ours.
 * - *Upaya belajar* and *peningkatan kinerja*: the sources name no levels, so a 3-level scale like
 *   the observation's, ours: belum tampak · mulai tampak · tampak jelas.
 */
export const AWARENESS_LEVELS = FOLLOW_UP_LEVELS;
export type AwarenessLevel = (typeof AWARENESS_LEVELS)[number];

export const GROWTH_LEVELS = ["belum_tampak", "mulai_tampak", "tampak_jelas"] as const;
export type GrowthLevel = (typeof GROWTH_LEVELS)[number];

/** A rating on `levels` (null until chosen) and the feedback note (catatan umpan balik). */
export const rating = <L extends readonly [string, ...string[]]>(levels: L) =>
  z
    .object({ level: z.enum(levels).nullable().default(null), feedback: note() })
    .default(() => ({ level: null, feedback: "" }));
