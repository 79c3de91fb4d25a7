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

/**
 * Every row of a large read, `size` rows per statement in id order (keyset: `id > after`), with
 * `between()` awaited after each page: a district-wide read of ~100,000 rows is then never parsed
 * and mapped in one go on the event loop, and each statement stays short.
 */
export async function inIdPages<T extends { id: string }>(
  page: (after: string | null, limit: number) => Promise<T[]>,
  between: () => Promise<void> = async () => {},
  size = ROWS_PER_STATEMENT,
): Promise<T[]> {
  const out: T[] = [];
  let after: string | null = null;
  for (;;) {
    const rows = await page(after, size);
    out.push(...rows);
    if (rows.length < size) return out;
    after = (rows.at(-1) as T).id;
    await between();
  }
}
