import { and, count, desc, eq, inArray, isNull } from "drizzle-orm";
import type { Db, Queryable } from "../../db/client.js";
import { notifications } from "../../db/schema.js";
import type { SessionActor } from "../core/session.js";
import { NOTIFICATION_PAGE } from "./contract.js";
import { NOTIFICATION_KINDS, type NotificationKind } from "./kinds.js";

export async function unreadCount(tx: Queryable, personId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(notifications)
    .where(
      and(
        eq(notifications.personId, personId),
        isNull(notifications.readAt),
        inArray(notifications.kind, [...NOTIFICATION_KINDS]),
      ),
    );
  return row?.n ?? 0;
}

/** Kinds this version renders; a row of a kind it does not know is left out rather than failing the list. */
const isKind = (k: string): k is NotificationKind => (NOTIFICATION_KINDS as readonly string[]).includes(k);

/** Only ever the actor's own: the person id comes from the session, never from the request. */
export async function listNotifications(db: Db, actor: SessionActor) {
  const rows = await db
    .select()
    .from(notifications)
    .where(and(eq(notifications.personId, actor.personId), inArray(notifications.kind, [...NOTIFICATION_KINDS])))
    .orderBy(desc(notifications.createdAt), desc(notifications.seq))
    .limit(NOTIFICATION_PAGE);
  return {
    unread: await unreadCount(db, actor.personId),
    items: rows.flatMap((n) =>
      isKind(n.kind)
        ? [
            {
              id: n.id,
              kind: n.kind,
              data: n.data,
              link: n.link,
              createdAt: n.createdAt.toISOString(),
              readAt: n.readAt?.toISOString() ?? null,
            },
          ]
        : [],
    ),
  };
}
