import { and, eq, isNull, lte, or, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { accounts } from "../../db/schema.js";
import { lockAfter } from "../../domain/auth/lockout.js";
import type { Config } from "../core/config.js";

/**
 * Counts one wrong password for `username` atomically (the SQL form of `countedFailure`): one
 * UPDATE … RETURNING, so 25 parallel attempts count 25, never 1. The same statement runs for an
 * unknown username (matches no row) and a locked account (the guard excludes it), so all three
 * cost the same. Returns the person when the count reached the lock-out.
 */
export async function countFailure(
  db: Db,
  username: string,
  now: Date,
  policy: Pick<Config, "maxFailedLogins" | "lockoutMs">,
): Promise<{ personId: string; lockedUntil: Date | null } | null> {
  const [row] = await db
    .update(accounts)
    .set({
      failedAttempts: sql`case when ${accounts.lockedUntil} is null then ${accounts.failedAttempts} + 1 else 1 end`,
      lockedUntil: null,
    })
    .where(and(eq(accounts.username, username), or(isNull(accounts.lockedUntil), lte(accounts.lockedUntil, now))))
    .returning({ personId: accounts.personId, failedAttempts: accounts.failedAttempts });
  if (!row) return null;
  const lockedUntil = lockAfter(row.failedAttempts, now, policy);
  if (lockedUntil) {
    await db.update(accounts).set({ failedAttempts: 0, lockedUntil }).where(eq(accounts.personId, row.personId));
  }
  return { personId: row.personId, lockedUntil };
}
