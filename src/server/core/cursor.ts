import { and, type Placeholder, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { AnyPgColumn, AnyPgTable } from "drizzle-orm/pg-core";
import { CUSTOM_PLAN } from "../../db/prepared.js";
import { districtSearchWords, people, schools } from "../../db/schema.js";
import { SEARCH_INSIDE_MIN } from "../../domain/validation/vocabulary.js";
import { cappedCountSql, SEARCH_COUNT_CAP, twoGroupCountSql } from "./capped-count.js";
import { AppError } from "./errors.js";
import { type SearchTerm, wordSearch } from "./word-search.js";

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
  /** The person's name kept on the row itself (`cycles.person_name`), indexed with it: walked in page order. */
  name?: AnyPgColumn;
};

/** Where a search's page starts: after the row `[group, key, id]` of the last page (`WordCursor`). */
export type SearchAfter = { group: 0 | 1; key: string | Placeholder; id: string | Placeholder };

/** A word search's cursor (`[group, key, id]`, see `WordCursor`), or null on a first page. */
export function decodeSearchCursor(cursor: string | undefined): SearchAfter | null {
  const after = decodeCursor(cursor, 3) as [number, string, string] | null;
  return after ? { group: after[0] === 1 ? 1 : 0, key: after[1], id: after[2] } : null;
}

/** The cursor's parts as placeholders (`afterKey`, `afterId`), for a statement built once per group. */
export const afterPlaceholders = (group: 0 | 1): SearchAfter => ({
  group,
  key: sql.placeholder("afterKey"),
  id: sql.placeholder("afterId"),
});

/**
 * Up to this many schools matching a term are few: their rows are read from the schools. More, and
 * the rows are walked in name order with the school as a test (a common word, "SD" or "negeri",
 * matches most of a district's schools; the page is found long before the walk ends).
 */
const FEW_SCHOOLS = 20;

/**
 * A search over rows that belong to a person and maybe a school (a period's cycles, assignments),
 * in `wordSearch`'s two groups: first the rows of people a word of whose name or NIP starts with
 * the term, walked through `person_search_words` in that word's order (a page costs the same at
 * any size); then, only when the first leaves room on the page, the rows of people who contain it
 * elsewhere and the rows at a school of `district` whose name or NPSN contains it, in (person
 * name, id) order. One OR over both tables would make PostgreSQL scan every row joined to its person first.
 *
 * Written for a generic plan (a prepared statement planned once, not for each term): whether to
 * start from the matching schools depends on how many match, so both ways are in the plan, each
 * behind a one-time test of that number (`FEW_SCHOOLS`), and only one runs. The district's matching
 * schools are read once (`sc`): a district of a few thousand schools, scanned for each use, had
 * made a search at 100,000 people three times slower than at 10,000.
 *
 * `ordered`: a subquery `s (id, g, k, pos, n)` of at most `take` rows of each group after `after`;
 * join it on the row id and order by `s.g, s.pos`. The cursor of a row is `[g, k, id]`. `n` (with
 * `counted`, else null) is `count` on every row: the statement's one count.
 * `count`: the matches up to `SEARCH_COUNT_CAP`, the second group only under the cap.
 */
export function personOrSchoolSearch(
  rows: PersonRows,
  where: SQL | undefined,
  term: SearchTerm,
  after: SearchAfter | null,
  take: number,
  district: SQL,
  counted = false,
) {
  const search = wordSearch(term);
  // In the text, not a parameter: a generic plan that knows the LIMIT walks the rows in page order
  // (for a parameter PostgreSQL assumes a tenth of the rows, and sorts them all instead).
  const limit = sql.raw(String(Math.trunc(take)));
  // Each matching word start probes its person's rows (lateral: a nested loop, never a hash of
  // every row of the period).
  // The district's own word starts (`district_search_words`): the walk does not grow with the other districts.
  const wordRows = sql`from ${districtSearchWords} w cross join lateral (select ${rows.id} as id from ${rows.table}
      where ${and(sql`${rows.personId} = w.person_id`, where)}) r
    where w.district_id = ${district} and ${search.firstWordHit}`;
  const noWordStart = search.noWordStartIn(sql`${people.searchKey}`);
  // From three letters, the district's schools through the GIN index on (district, trigrams); a
  // sequential scan read every school of the district (3,334 at 100,000 people: 2.7 ms). Shorter,
  // strpos over the district's schools: no trigram serves "SD", and the trigram index would read
  // every school of the country. One-time filters: a generic plan holds both.
  const schoolsMatching = sql`sc as materialized (select s.id from ${schools} s
      where char_length(${term.q}) >= ${sql.raw(String(SEARCH_INSIDE_MIN))} and s.district_id = ${district}
        and s.search_key like ${term.contains}
      union all
      select s.id from ${schools} s
      where char_length(${term.q}) < ${sql.raw(String(SEARCH_INSIDE_MIN))} and s.district_id = ${district}
        and strpos(s.search_key, ${term.q}) > 0)`;
  const few = sql`(select count(*) from (select 1 from sc limit ${sql.raw(String(FEW_SCHOOLS + 1))}) f) <= ${sql.raw(String(FEW_SCHOOLS))}`;
  // Few: the rows of those schools (an index probe each), sorted. Many: the rows walked in page order
  // (by the name kept on the row where there is one: an index on it), a hashed test each (the
  // coalesce keeps PostgreSQL from turning it into a join that starts from the schools).
  const atFewSchools = sql`${few} and ${rows.schoolId} = any(array(select id from sc))`;
  const atManySchools = sql`not ${few} and coalesce(${rows.schoolId} in (select id from sc), false)`;
  const from = sql`from ${rows.table} join ${people} on ${people.id} = ${rows.personId}`;
  const after1 = (name: SQL, id: SQL = sql`${rows.id}`) =>
    after?.group === 1 ? sql`(${name}, ${id}) > (${after.key}::text, ${after.id}::uuid)` : undefined;
  const room = sql`(select count(*) from a) < ${limit}`;
  const manyName = rows.name ? sql`${rows.name}` : sql`${people.name}`;
  const atMany = sql`(select ${rows.id} as id, ${manyName} as name ${from}
          where ${and(where, atManySchools, noWordStart, after1(manyName), room)}
          order by ${manyName}, ${rows.id} limit ${limit})`;
  // A few schools' rows are all read and sorted (materialized: planned without the LIMIT, so from the
  // schools' index). Under the LIMIT, a generic plan walked every person of the district in name
  // order to find a page among no school at all (10 ms for "operator 3").
  const atFew = sql`(with f as materialized (select ${rows.id} as id, ${people.name} as name ${from}
          where ${and(where, atFewSchools, noWordStart, after1(sql`${people.name}`), room)})
        select f.id, f.name from f order by f.name, f.id limit ${limit})`;
  const firstCount = cappedCountSql(wordRows, SEARCH_COUNT_CAP);
  const notElsewhere = sql`not (${search.elsewhereHit(sql`${people}`)})`;
  // The district's people in the second group (its GIN index), each probing its rows.
  const personElsewhere = sql`from (select d.person_id ${search.elsewhereIn(district)}) e
    cross join lateral (select ${rows.id} from ${rows.table} where ${and(sql`${rows.personId} = e.person_id`, where)}) r`;
  const schoolOnly = (schoolTest: SQL) => sql`${from} where ${and(where, schoolTest, noWordStart, notElsewhere)}`;
  // Refers to `sc`: inside a statement that has it.
  const countOfMatches = twoGroupCountSql(
    firstCount,
    sql`${cappedCountSql(personElsewhere, SEARCH_COUNT_CAP)} + ${cappedCountSql(schoolOnly(atFewSchools), SEARCH_COUNT_CAP)}
      + ${cappedCountSql(schoolOnly(atManySchools), SEARCH_COUNT_CAP)}`,
  );
  // The second group starts from its people (`m`, materialized), not from a walk of the rows in name
  // order, which PostgreSQL picks for a term it thinks common and which reads every row when its
  // people have none here (operators in a period's cycles).
  const ordered = sql`(with ${schoolsMatching}, a as materialized (
      select r.id, 0 as g, w.suffix as k, row_number() over (order by w.suffix collate "C", r.id) as pos
      ${wordRows} and ${after ? (after.group === 0 ? sql`(w.suffix collate "C", r.id) > (${after.key}::text collate "C", ${after.id}::uuid)` : sql`false`) : sql`true`}
      order by w.suffix collate "C", r.id limit ${limit}
    ), m as materialized (
      select d.person_id as id, d.name
      ${search.elsewhereIn(district)} and ${room}
    ), b as materialized (
      select x.id, 1 as g, x.name as k, row_number() over (order by x.name, x.id) as pos from (
        -- Its people in name order, each probing its rows, until the page is full (a join hashed
        -- every row of the district for a term inside many names: "udi", 113,000 hats).
        (select r.id, m.name from (select m.id, m.name from m order by m.name, m.id) m
          cross join lateral (select ${rows.id} as id from ${rows.table} where ${and(sql`${rows.personId} = m.id`, where)}) r
          where ${after1(sql`m.name`, sql`r.id`) ?? sql`true`} order by m.name, r.id limit ${limit})
        union ${atFew}
        union ${atMany}
      ) x order by x.name, x.id limit ${limit}
    ) select u.*, ${counted ? countOfMatches : sql`null::int`} as n
      from (select id, g, k::text as k, pos from a union all select id, g, k::text, pos from b) u) as s`;
  return {
    ordered,
    count: sql<number>`(with ${schoolsMatching} select ${countOfMatches})`,
  };
}
