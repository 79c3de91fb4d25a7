import type { ErrorCode } from "./errors.js";

/**
 * Errors that mean "the database is unreachable right now", not "this request is wrong":
 * answered 503 with Retry-After instead of 500. PostgreSQL SQLSTATE classes 08 (connection
 * exception) and 57P01–57P03 (admin/crash shutdown, cannot connect now), socket errors, and
 * node-postgres' own "Connection terminated" and connect-timeout messages.
 */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND"]);
const PG_CODES = new Set(["57P01", "57P02", "57P03"]);
const MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
];

export function isConnectionError(err: unknown): boolean {
  // Drizzle wraps driver errors (DrizzleQueryError.cause): look down the chain.
  for (let e = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (typeof e !== "object") return false;
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && (SOCKET_CODES.has(code) || PG_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) {
      return true;
    }
    const message = (e as { message?: unknown }).message;
    if (typeof message === "string" && MESSAGES.some((m) => m.test(message))) return true;
  }
  return false;
}

/** Seconds a client should wait before retrying while the database is away. */
export const RETRY_AFTER_SECONDS = 5;

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
