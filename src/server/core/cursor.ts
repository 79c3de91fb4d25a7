import { and, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { AnyPgColumn, AnyPgTable } from "drizzle-orm/pg-core";
import { CUSTOM_PLAN } from "../../db/prepared.js";
import { people, schools } from "../../db/schema.js";
import { cappedCountSql, SEARCH_COUNT_CAP } from "./capped-count.js";
import { AppError } from "./errors.js";

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
 * A search over rows that belong to a person and maybe a school, matching the person's search key
 * (name, NIP) or the school's (name, NPSN), as two branches that each drive from what they match:
 * the person branch joins the matching people to their rows (PostgreSQL walks the name index or the
 * trigram index, whichever is cheaper for the term), the school branch probes the rows of the few
 * matching schools. One OR over both tables would make PostgreSQL scan every row joined to its
 * person first (10-57 ms for a 10,000-teacher period, against 0.7-5 ms this way).
 *
 * `page`: a condition on `rows.id` that keeps at most `take` rows after `after` of each branch, so
 * the outer query orders the union by (person name, id) and takes its page from ≤ 2 × take rows.
 * `count`: the matches up to `SEARCH_COUNT_CAP`, the school branch without rows the person branch counted.
 */
export function personOrSchoolSearch(
  rows: PersonRows,
  where: SQL | undefined,
  pattern: string,
  after: readonly [string, string] | null,
  take: number,
) {
  const person = keyContains(people.searchKey, pattern);
  const school = sql`${rows.schoolId} = any(array(select s.id from ${schools} s where ${keyContains(sql.raw("s.search_key"), pattern)}))`;
  const from = sql`from ${rows.table} join ${people} on ${people.id} = ${rows.personId}`;
  const branch = (match: SQL) =>
    sql`(select ${rows.id} ${from} where ${and(where, match, after ? sql`(${people.name}, ${rows.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined)}
      order by ${people.name}, ${rows.id} limit ${take})`;
  return {
    page: sql`${rows.id} = any(array(${branch(person)} union all ${branch(school)}))`,
    count: sql<number>`least(${cappedCountSql(sql`${from} where ${and(where, person)}`, SEARCH_COUNT_CAP)} +
      ${cappedCountSql(sql`${from} where ${and(where, school, sql`not (${person})`)}`, SEARCH_COUNT_CAP)}, ${SEARCH_COUNT_CAP + 1})`,
  };
}
