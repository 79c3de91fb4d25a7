import { randomBytes } from "node:crypto";
import type { sessions } from "../src/db/schema.js";
import { hashToken } from "../src/server/core/session.js";

/**
 * A signed-in session for a benchmark, written straight to `sessions` as the tests' `sessionFor`
 * does (sign-in is rate limited and argon2 is slow): the row to insert and what a client sends.
 */
export function benchSession(personId: string, userAgent: string, hours = 1) {
  const token = randomBytes(32).toString("base64url");
  const csrf = randomBytes(24).toString("base64url");
  const row: typeof sessions.$inferInsert = {
    tokenHash: hashToken(token),
    personId,
    csrfToken: csrf,
    expiresAt: new Date(Date.now() + hours * 3600_000),
    userAgent,
    ip: "127.0.0.1",
  };
  return { row, cookie: `kinerja_session=${token}`, csrf };
}
