import { type SQL, sql } from "drizzle-orm";

/**
 * Lists count their matches up to this many and say "1000+" beyond: an exact count of a broad
 * search ("Budi" in a province) reads every match and costs more than the page itself, and grows
 * with the data; counting to a cap costs the same at 10,000 people and at a million.
 */
export const COUNT_CAP = 1000;

/** `count(*)` of `from … where …` (without the SELECT), stopped after `COUNT_CAP + 1` rows. */
export function cappedCountSql(fromWhere: SQL, cap = COUNT_CAP): SQL<number> {
  return sql<number>`(select count(*)::int from (select 1 ${fromWhere} limit ${cap + 1}) as capped)`;
}

/** The answer's `total` and whether it stopped at the cap. */
export function cappedTotal(n: number, cap = COUNT_CAP): { total: number; totalCapped: boolean } {
  return n > cap ? { total: cap, totalCapped: true } : { total: n, totalCapped: false };
}
