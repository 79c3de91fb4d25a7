import { eq, sql } from "drizzle-orm";
import type { Queryable } from "../../db/client.js";
import { districts } from "../../db/schema.js";
import type { IsoDate } from "../../domain/org/types.js";
import { DEFAULT_TIME_ZONE, dateInZone, type TimeZone } from "../../domain/time/today.js";

/**
 * Reads the time. Injected into the app (AppDeps, FeatureDeps, startServer) so tests can fix it;
 * use cases get `now` from it and never call `new Date()` for a business date.
 */
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at one instant (tests, the bench). */
export function fixedClock(at: Date | string): Clock {
  const instant = new Date(at);
  return { now: () => new Date(instant.getTime()) };
}

export async function districtZone(q: Queryable, districtId: string): Promise<TimeZone> {
  const [d] = await q.select({ timeZone: districts.timeZone }).from(districts).where(eq(districts.id, districtId));
  return d?.timeZone ?? DEFAULT_TIME_ZONE;
}

/** The district's calendar date at `now`. */
export async function districtToday(q: Queryable, districtId: string, now: Date): Promise<IsoDate> {
  return dateInZone(now, await districtZone(q, districtId));
}

/**
 * `districtToday` inside a statement (an init plan PostgreSQL evaluates once): a list that filters
 * on the date needs no statement of its own first. The zone's rules are PostgreSQL's time zone
 * database, the same IANA zones as `dateInZone`'s.
 */
export const districtTodaySql = (districtId: string, now: Date) =>
  sql<IsoDate>`(select (${now.toISOString()}::timestamptz at time zone d.time_zone)::date from ${districts} d where d.id = ${districtId})`;
