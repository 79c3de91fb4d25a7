import type { ErrorCode } from "./errors.js";

/**
 * PostgreSQL errors caused by the data a request carried, as the 4xx they are. A safety net
 * only: input is validated by the contracts (src/domain/validation/vocabulary.ts) before any SQL
 * runs, so reaching this is a missing validation — logged as a warning so it gets fixed.
 */
const BY_SQLSTATE: Record<string, ErrorCode> = {
  "22P02": "VALIDATION", // invalid text representation (a malformed uuid, number…)
  "22021": "VALIDATION", // character not in repertoire (NUL in text)
  "22007": "VALIDATION", // invalid datetime format
  "22008": "VALIDATION", // datetime field overflow (2026-02-30)
  "22001": "VALIDATION", // string too long for the column
  "22003": "VALIDATION", // numeric value out of range
  "23505": "CONFLICT", // unique violation: someone else wrote the same key meanwhile
};

/** The error code for a database error caused by input, following drizzle's `cause` chain; else null. */
export function inputErrorCode(err: unknown): ErrorCode | null {
  for (let e: unknown = err, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause) {
    depth++;
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && code in BY_SQLSTATE) return BY_SQLSTATE[code] ?? null;
  }
  return null;
}
