import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { calendarFeeds } from "../../db/schema.js";
import { notFound } from "../core/errors.js";
import { hashToken, type SessionActor } from "../core/session.js";
import { upcomingObservations } from "./observations.js";

const feedPath = (token: string) => `/api/feeds/${token}/observasi.ics`;

/** Whether the actor has a feed, and since when (its URL was shown once, when it was made). */
export async function calendarFeedStatus(db: Db, actor: SessionActor) {
  const [row] = await db
    .select({ createdAt: calendarFeeds.createdAt })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.personId, actor.personId));
  return { active: row !== undefined, createdAt: row ? row.createdAt.toISOString() : null, url: null };
}

/**
 * A new secret feed URL for the actor's upcoming observations, replacing any earlier one (a URL
 * shared by mistake stops working). Only its hash is stored: the URL is shown this once.
 */
export async function createCalendarFeed(db: Db, actor: SessionActor, origin: string, now: Date) {
  // 24 random bytes, base64url: 32 characters (the contract's FEED_TOKEN), unguessable.
  const token = randomBytes(24).toString("base64url");
  await db.execute(sql`insert into ${calendarFeeds} (person_id, token_hash, created_at)
    values (${actor.personId}, ${hashToken(token)}, ${now.toISOString()}::timestamptz)
    on conflict (person_id) do update set token_hash = excluded.token_hash, created_at = excluded.created_at`);
  return { active: true, createdAt: now.toISOString(), url: `${origin}${feedPath(token)}` };
}

export async function deleteCalendarFeed(db: Db, actor: SessionActor) {
  await db.delete(calendarFeeds).where(eq(calendarFeeds.personId, actor.personId));
  return { active: false, createdAt: null, url: null };
}

/**
 * The feed itself, for a calendar app: the same upcoming observations as the signed-in list,
 * for whoever owns the token, scoped by who they assess today. An unknown token is a 404, the
 * same whether it never existed or was replaced.
 */
export async function feedObservations(db: Db, token: string, now: Date) {
  const [row] = await db
    .select({ personId: calendarFeeds.personId })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.tokenHash, hashToken(token)));
  if (!row) throw notFound();
  return upcomingObservations(db, row, now);
}
