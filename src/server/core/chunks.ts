/**
 * PostgreSQL's wire protocol caps a statement at 65,535 bind parameters (PGlite too): an
 * `IN (…)` over every person of a large district, or one multi-row INSERT of a big file, fails.
 * Every statement whose size grows with the data is cut into chunks of at most this many.
 */
export const MAX_BIND_PARAMETERS = 30_000;

/** `items` in consecutive slices of at most `size` (≥ 1). */
export function chunked<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`chunk size must be a positive integer: ${size}`);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Rows per multi-row INSERT of a table with `columns` columns, within the parameter cap. */
export function rowsPerInsert(columns: number, cap = MAX_BIND_PARAMETERS): number {
  return Math.max(1, Math.floor(cap / Math.max(1, columns)));
}

/** Runs `load` over the distinct `values` a chunk at a time and concatenates the results. */
export async function loadInChunks<T>(
  values: readonly string[],
  load: (chunk: string[]) => Promise<T[]>,
  size = MAX_BIND_PARAMETERS,
): Promise<T[]> {
  const out: T[] = [];
  for (const chunk of chunked([...new Set(values)], size)) out.push(...(await load(chunk)));
  return out;
}
