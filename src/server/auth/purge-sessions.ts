import { lte, or } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { sessions } from "../../db/schema.js";

/** A revoked session is kept this long (who signed out, from where) before it is deleted. */
export const REVOKED_SESSION_RETENTION_MS = 7 * 24 * 3600_000;

type Options = { db: Db; now: Date; revokedRetentionMs?: number };

/**
 * Deletes sessions that have expired or were revoked more than `revokedRetentionMs` ago.
 * Runs hourly in the server (core/periodic-jobs.ts, once across nodes) and as `kinerja purge-sessions`. Returns how many went.
 */
export async function purgeSessions({ db, now, revokedRetentionMs = REVOKED_SESSION_RETENTION_MS }: Options) {
  const revokedBefore = new Date(now.getTime() - revokedRetentionMs);
  const gone = await db
    .delete(sessions)
    .where(or(lte(sessions.expiresAt, now), lte(sessions.revokedAt, revokedBefore)))
    .returning({ tokenHash: sessions.tokenHash });
  return gone.length;
}
