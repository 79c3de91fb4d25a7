import { and, count, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db, Queryable } from "../../db/client.js";
import { notifications } from "../../db/schema.js";
import { decodeCursor, encodeCursor } from "../core/cursor.js";
import { AppError } from "../core/errors.js";
import type { SessionActor } from "../core/session.js";
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

/**
 * Only ever the actor's own: the person id comes from the session, never from the request.
 * Newest first, a page at a time; the cursor is the (creation time as PostgreSQL prints it, seq)
 * of the last one shown.
 */
export async function listNotifications(
  db: Db,
  actor: SessionActor,
  page: { cursor?: string | undefined; limit: number },
) {
  const after = decodeCursor(page.cursor, 2) as [string, number] | null;
  if (after && typeof after[1] !== "number") throw new AppError("VALIDATION", "error.badCursor");
  const [rows, unread] = await Promise.all([
    db
      .select({ n: notifications, created: sql<string>`${notifications.createdAt}::text` })
      .from(notifications)
      .where(
        and(
          eq(notifications.personId, actor.personId),
          inArray(notifications.kind, [...NOTIFICATION_KINDS]),
          after
            ? sql`(${notifications.createdAt}, ${notifications.seq}) < (${after[0]}::timestamptz, ${after[1]}::bigint)`
            : undefined,
        ),
      )
      .orderBy(desc(notifications.createdAt), desc(notifications.seq))
      .limit(page.limit + 1),
    unreadCount(db, actor.personId),
  ]);
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  return {
    unread,
    nextCursor: rows.length > page.limit && last ? encodeCursor([last.created, last.n.seq]) : null,
    items: shown.flatMap(({ n }) =>
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
