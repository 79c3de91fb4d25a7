import { type AnyColumn, type SQL, sql } from "drizzle-orm";

/**
 * Set-based writes and look-ups pass each column as one array parameter (`unnest`, `= any`), so a
 * statement has a handful of bind parameters however many rows it carries (PostgreSQL's limit is
 * 65,535 and an import can bring more people). Rows still go in bounded chunks, to keep each
 * statement's memory and PGlite's single connection hold short.
 */
export const ROWS_PER_STATEMENT = 5_000;

export function chunks<T>(list: readonly T[], size = ROWS_PER_STATEMENT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** `column = any($1::uuid[])`: one bind parameter for the whole list. */
export function anyUuid(column: AnyColumn, ids: readonly string[]): SQL {
  return sql`${column} = any(${sql.param(ids)}::uuid[])`;
}
