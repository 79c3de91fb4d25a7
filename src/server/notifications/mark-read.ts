import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { notifications } from "../../db/schema.js";
import type { SessionActor } from "../core/session.js";
import { unreadCount } from "./list-notifications.js";

/**
 * Marks the actor's notifications read: the ones named, or all. Ids of someone else's
 * notifications match nothing (the update is scoped to the actor), so they are silently ignored.
 * Not audited: reading a notice changes no workflow state.
 */
export async function markNotificationsRead(db: Db, actor: SessionActor, ids: string[] | undefined) {
  return db.transaction(async (tx) => {
    if (ids === undefined || ids.length > 0) {
      await tx
        .update(notifications)
        .set({ readAt: new Date() })
        .where(
          and(
            eq(notifications.personId, actor.personId),
            isNull(notifications.readAt),
            ids ? inArray(notifications.id, ids) : undefined,
          ),
        );
    }
    return { unread: await unreadCount(tx, actor.personId) };
  });
}
