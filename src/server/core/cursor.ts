import { and, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { AnyPgColumn, AnyPgTable } from "drizzle-orm/pg-core";
import { CUSTOM_PLAN } from "../../db/prepared.js";
import { people, personSearchWords, schools } from "../../db/schema.js";
import { cappedCountSql, SEARCH_COUNT_CAP } from "./capped-count.js";
import { AppError } from "./errors.js";
import { type WordCursor, wordSearch } from "./word-search.js";

/**
 * Keyset pagination: the cursor is the sort key of the last row shown, opaque to the client
 * (base64url JSON). A page costs the same however deep into the list it is.
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

export function decodeCursor(cursor: string | undefined, arity: number): (string | number)[] | null {
  if (cursor === undefined) return null;
  try {
    const key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (
      Array.isArray(key) &&
      key.length === arity &&
      key.every((k) => typeof k === "string" || typeof k === "number")
    ) {
      return key as (string | number)[];
    }
  } catch {
    // Falls through to the same answer as a well-formed but wrong cursor.
  }
  throw new AppError("VALIDATION", "error.badCursor");
}

/** % and _ typed in a search box are searched for, not wildcards. */
export function containsPattern(q: string | undefined): string | null {
  return q ? `%${q.replace(/[\\%_]/g, "\\$&")}%` : null;
}

/**
 * A search box's condition on a lower-case search key (`people.searchKey`, `schools.searchKey`):
 * LIKE against the pattern lowered by the same `lower()` that keeps the key, not ILIKE (see the column).
 */
export function keyContains(key: SQLWrapper, pattern: string): SQL {
  return sql`${key} like lower(${pattern}) ${sql.raw(CUSTOM_PLAN)}`;
}

/** The rows of a person-owned table (cycles, assignments) a search box is run over. */
export type PersonRows = {
  table: AnyPgTable;
  id: AnyPgColumn;
  personId: AnyPgColumn;
  schoolId: AnyPgColumn;
};

/**
 * A search over rows that belong to a person and maybe a school (a period's cycles, assignments),
 * in `wordSearch`'s two groups: first the rows of people a word of whose name or NIP starts with
 * the term, walked through `person_search_words` in that word's order (a page costs the same at
 * any size); then, only when the first leaves room on the page, the rows of people who contain it
 * elsewhere and the rows at a school whose name or NPSN contains it, in (person name, id) order.
 * One OR over both tables would make PostgreSQL scan every row joined to its person first.
 *
 * `ordered`: a subquery `s (id, g, k, pos)` of at most `take` rows of each group after `after`;
 * join it on the row id and order by `s.g, s.pos`. The cursor of a row is `[g, k, id]`.
 * `count`: the matches up to `SEARCH_COUNT_CAP`, the second group only under the cap.
 */
export function personOrSchoolSearch(
  rows: PersonRows,
  where: SQL | undefined,
  q: string,
  after: WordCursor | null,
  take: number,
) {
  const search = wordSearch(q);
  const pattern = containsPattern(q) as string;
  const [group, key, id] = after ?? [0, "", ""];
  // Each matching word start probes its person's rows (lateral: a nested loop, never a hash of
  // every row of the period).
  const wordRows = sql`from ${personSearchWords} w cross join lateral (select ${rows.id} as id from ${rows.table}
      where ${and(sql`${rows.personId} = w.person_id`, where)}) r
    where ${search.firstWordHit}`;
  const noWordStart = sql`not exists (select 1 from ${personSearchWords} w where w.person_id = ${rows.personId} and ${search.startsWord("w")})`;
  const atSchool = sql`${rows.schoolId} = any(array(select s.id from ${schools} s where ${keyContains(sql.raw("s.search_key"), pattern)}))`;
  const from = sql`from ${rows.table} join ${people} on ${people.id} = ${rows.personId}`;
  const after1 = (name: SQL) =>
    after && group === 1 ? sql`(${name}, ${rows.id}) > (${key}::text, ${id}::uuid)` : undefined;
  const room = sql`(select count(*) from a) < ${take}`;
  // The second group starts from its people (`m`, materialized), not from a walk of the rows in name
  // order, which PostgreSQL picks for a term it thinks common and which reads every row when its
  // people have none here (operators in a period's cycles).
  const ordered = sql`(with a as materialized (
      select r.id, 0 as g, w.suffix as k, row_number() over (order by w.suffix collate "C", r.id) as pos
      ${wordRows} and ${after ? (group === 0 ? sql`(w.suffix collate "C", r.id) > (${key}::text collate "C", ${id}::uuid)` : sql`false`) : sql`true`}
      order by w.suffix collate "C", r.id limit ${take}
    ), m as materialized (
      select p.id, p.name from ${people} p where ${search.elsewhereHit(sql`p`)} and ${room}
    ), b as materialized (
      select x.id, 1 as g, x.name as k, row_number() over (order by x.name, x.id) as pos from (
        (select ${rows.id} as id, m.name from m join ${rows.table} on ${rows.personId} = m.id
          where ${and(where, after1(sql`m.name`))} order by m.name, ${rows.id} limit ${take})
        union
        (select ${rows.id} as id, ${people.name} as name ${from}
          where ${and(where, atSchool, noWordStart, after1(sql`${people.name}`), room)}
          order by ${people.name}, ${rows.id} limit ${take})
      ) x order by x.name, x.id limit ${take}
    ) select id, g, k::text as k, pos from a union all select id, g, k::text, pos from b) as s`;
  const firstCount = cappedCountSql(wordRows, SEARCH_COUNT_CAP);
  const personElsewhere = sql`${from} where ${and(where, search.elsewhereHit(sql`${people}`))}`;
  const schoolOnly = sql`${from} where ${and(where, atSchool, noWordStart, sql`not (${search.elsewhereHit(sql`${people}`)})`)}`;
  return {
    ordered,
    count: sql<number>`(with a as (select ${firstCount} as n)
      select least((select n from a) + coalesce((select ${cappedCountSql(personElsewhere, SEARCH_COUNT_CAP)} +
        ${cappedCountSql(schoolOnly, SEARCH_COUNT_CAP)} where (select n from a) <= ${SEARCH_COUNT_CAP}), 0), ${SEARCH_COUNT_CAP + 1}))`,
  };
}
