import { type SQL, type SQLWrapper, sql } from "drizzle-orm";
import { people, schools } from "../../db/schema.js";
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
  return sql`${key} like lower(${pattern})`;
}

/**
 * Rows whose person or school matches a search box, as two id lists found through the search keys'
 * trigram indexes: the rows are then probed by their person_id / school_id indexes, so a search
 * reads its matches, not every row of the period or district joined to its people first.
 */
export function personOrSchoolMatches(personId: SQLWrapper, schoolId: SQLWrapper, pattern: string): SQL {
  return sql`(${personId} = any(array(select ${people.id} from ${people} where ${keyContains(people.searchKey, pattern)}))
    or ${schoolId} = any(array(select ${schools.id} from ${schools} where ${keyContains(schools.searchKey, pattern)})))`;
}
