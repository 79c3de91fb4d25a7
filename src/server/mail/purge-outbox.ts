import { lt } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { emailOutbox } from "../../db/schema.js";

/** How long outbox rows (sent, skipped, failed, or never sent while mail was off) are kept. */
export const OUTBOX_RETENTION_MS = 30 * 24 * 3600_000;

/** Part of the hourly purge. */
export async function purgeOutbox(db: Db, now: Date): Promise<number> {
  const gone = await db
    .delete(emailOutbox)
    .where(lt(emailOutbox.createdAt, new Date(now.getTime() - OUTBOX_RETENTION_MS)))
    .returning({ id: emailOutbox.id });
  return gone.length;
}
