import { z } from "zod";
import { hasControlCharacter, isoDate, multiLine, singleLine } from "../validation/vocabulary.js";

/**
 * The field vocabulary of the practice documents (Praktik Kinerja). Drafts autosave while the
 * person types, so every field has a default and nothing typed is lost; what a submit still needs
 * is said by each document's `problems`, never by the schema.
 */

export const LINE_MAX = 200;
export const NOTE_MAX = 2000;

/** One line of text, empty allowed in a draft. */
export const line = () => singleLine({ max: LINE_MAX, maxMessage: `Maksimal ${LINE_MAX} karakter` }).default("");

/** A note typed in a textarea; not trimmed, so a trailing space survives an autosave. */
export const note = () =>
  multiLine({ max: NOTE_MAX, maxMessage: `Catatan maksimal ${NOTE_MAX} karakter`, trim: false }).default("");

/** A calendar date not chosen yet is null, never "". */
export const dateField = () => isoDate.nullable().default(null);

/** A time of day as HH:MM, 00:00–23:59. */
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Format jam harus JJ:MM (00:00–23:59)");

/** A link to evidence: http or https only (no javascript:, data:, file:), one line. */
export const webLink = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: "Tautan harus diawali http:// atau https://" })
  .max(LINE_MAX * 5)
  .refine((v) => !hasControlCharacter(v), "Tautan tidak valid");

/** True when a typed text holds something other than spaces. */
export const filled = (text: string | null | undefined): boolean => (text ?? "").trim() !== "";
