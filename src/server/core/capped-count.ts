import { type SQL, sql } from "drizzle-orm";
import type { Queryable } from "../../db/client.js";

/**
 * Lists count their matches up to this many and say "1000+" beyond: an exact count of a broad
 * search ("Budi" in a province) reads every match and costs more than the page itself, and grows
 * with the data; counting to a cap costs the same at 10,000 people and at a million.
 */
export const COUNT_CAP = 1000;

/**
 * A search box counts its matches up to 100 ("100+"): past that a user narrows the term rather than
 * pages on, and counting a broad term's matches cost more than its page (a common first name: 900
 * matches at 10,000 people, ~2 ms; to 100, ~0.3 ms, and the same at any size).
 */
export const SEARCH_COUNT_CAP = 100;

/** `count(*)` of `from … where …` (without the SELECT), stopped after `COUNT_CAP + 1` rows. */
export function cappedCountSql(fromWhere: SQL, cap = COUNT_CAP): SQL<number> {
  // The cap is the code's constant, written into the text: one parameter fewer for a statement to be prepared with.
  return sql<number>`(select count(*)::int from (select 1 ${fromWhere} limit ${sql.raw(String(Math.trunc(cap) + 1))}) as capped)`;
}

/**
 * A two-group search's count (`wordSearch`): the first group's capped count `first`, plus the
 * second's (`second`, a `cappedCountSql`) only while the first is under the cap, at most cap + 1.
 */
export function twoGroupCountSql(first: SQL, second: SQL, cap = SEARCH_COUNT_CAP): SQL<number> {
  const c = sql.raw(String(Math.trunc(cap)));
  return sql<number>`(with na as (select ${first} as n)
    select least((select n from na) + coalesce((select ${second} where (select n from na) <= ${c}), 0), ${c} + 1)::int)`;
}

/** The answer's `total` and whether it stopped at the cap. */
export function cappedTotal(n: number, cap = COUNT_CAP): { total: number; totalCapped: boolean } {
  return n > cap ? { total: cap, totalCapped: true } : { total: n, totalCapped: false };
}

/**
 * A page's count, sent only when needed: a first page with room to spare (`fetched`, of `limit + 1`
 * asked for, is at most `limit`) holds every match and is its own count. A search for a name mostly
 * fits one page, so it costs one statement fewer; a full page or a later one asks `count`.
 */
export async function pageCount(
  fetched: number,
  limit: number,
  firstPage: boolean,
  count: () => Promise<number>,
): Promise<number> {
  return firstPage && fetched <= limit ? fetched : count();
}

/** A count statement's `n` (`select … as n`). */
export async function countOf(db: Queryable, statement: SQL): Promise<number> {
  const { rows } = await db.execute<{ n: number }>(statement);
  return rows[0]?.n ?? 0;
}
