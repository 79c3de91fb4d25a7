import { z } from "zod";

/**
 * The one vocabulary every input schema is written in: contracts (src/server/<feature>/contract.ts),
 * document content (src/domain/planning/content.ts) and query strings. Imports only zod, so the
 * browser's forms validate with exactly the rules the server applies.
 *
 * Why: PostgreSQL refuses NUL in text and impossible dates with an error, which used to surface
 * as a 500. Bad input must be a 400 with a message that says what to fix, before any SQL runs.
 */

/** C0/C1 control characters and lone surrogates (not encodable as UTF-8). */
const CONTROL = /[\p{Cc}\p{Cs}]/u;
/** The same, but tab and line feed pass: for notes typed in a multi-line field. */
const CONTROL_MULTILINE = /[^\P{Cc}\t\n]|\p{Cs}/u;

export const CONTROL_MESSAGE = "Teks tidak boleh berisi karakter kontrol (mis. NUL atau karakter tak terlihat).";

/** True when `value` holds a character no stored text may contain (tab and line feed allowed with `multiline`). */
export function hasControlCharacter(value: string, multiline = false): boolean {
  return (multiline ? CONTROL_MULTILINE : CONTROL).test(value);
}

type TextOptions = { min?: number; max: number; minMessage?: string; maxMessage?: string };
/** `trim: false` for drafts saved while typing: a trailing space must survive an autosave. */
type NoteOptions = TextOptions & { trim?: boolean };

/** One line of text: trimmed, bounded, no control characters. */
export function singleLine({ min = 0, max, minMessage, maxMessage }: TextOptions) {
  let s = z.string().trim();
  if (min > 0) s = s.min(min, minMessage);
  return s.max(max, maxMessage).refine((v) => !hasControlCharacter(v), CONTROL_MESSAGE);
}

/** A note typed in a textarea: line breaks (CRLF normalised to LF) and tabs allowed, other controls refused. */
export function multiLine({ min = 0, max, minMessage, maxMessage, trim = true }: NoteOptions) {
  let s = z.string().overwrite((v) => v.replace(/\r\n?/g, "\n"));
  if (trim) s = s.trim();
  if (min > 0) s = s.min(min, minMessage);
  return s.max(max, maxMessage).refine((v) => !hasControlCharacter(v, true), CONTROL_MESSAGE);
}

/** A code from a catalogue (indicator, RHK, template): short, printable, untrimmed. */
export function code(max = 100) {
  return z
    .string()
    .min(1)
    .max(max)
    .refine((v) => !hasControlCharacter(v), CONTROL_MESSAGE);
}

/** Years PostgreSQL and people both handle: catches 0025 for 2025 and 20255 typos. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** True when YYYY-MM-DD names a day that exists (2026-02-30 does not), within MIN_YEAR..MAX_YEAR. */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < MIN_YEAR || y > MAX_YEAR) return false;
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

/** A calendar date as YYYY-MM-DD that exists. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Format tanggal harus TTTT-BB-HH")
  .refine(isCalendarDate, `Tanggal tidak ada di kalender (tahun ${MIN_YEAR}–${MAX_YEAR}).`);

/** A record id. */
export const id = z.uuid("ID tidak valid");

/** Path parameters of `/…/:id`. */
export const idParams = z.object({ id });

/** The `q` of a search box: optional, one line, at most 100 characters. */
export const searchQuery = singleLine({ max: 100 }).optional();

/**
 * A people search matches a shorter term at word starts only ("ag" finds Agus, "us" does not), a
 * term of this many characters or more inside words too: no trigram index serves a shorter one.
 */
export const SEARCH_INSIDE_MIN = 3;

/** Whether a people search box should say that its term matches word starts only. */
export const searchesWordStartsOnly = (q: string) => q.length > 0 && q.length < SEARCH_INSIDE_MIN;

/** One page of a list: an opaque cursor from the previous page, and how many rows (1–100, default 50). */
export const pageQuery = {
  cursor: z
    .string()
    .max(500)
    .regex(/^[A-Za-z0-9_-]+$/, "Penanda halaman tidak valid")
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
};

/** A whole number for counters and versions: bounded to PostgreSQL's integer. */
export function int({ min = 0, max = 2_147_483_647 }: { min?: number; max?: number } = {}) {
  return z.number().int().min(min).max(max);
}

type Field = z.ZodType;
type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;
export type PartialShape<S extends Record<string, Field>> = { [K in keyof S]: z.ZodOptional<WithoutDefault<S[K]>> };

/**
 * The body of a PATCH: every field of `schema` optional and **without its default**, so only the
 * fields sent change. (`schema.partial()` keeps `.default()`s: an absent NIP would become null.)
 */
export function partialUpdate<S extends Record<string, Field>>(schema: z.ZodObject<S>): z.ZodObject<PartialShape<S>> {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => {
      const inner = field instanceof z.ZodDefault ? (field.unwrap() as Field) : field;
      return [key, inner.optional()];
    }),
  );
  return z.object(shape) as unknown as z.ZodObject<PartialShape<S>>;
}
