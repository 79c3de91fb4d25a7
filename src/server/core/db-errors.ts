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
