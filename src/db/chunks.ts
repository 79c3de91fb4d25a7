/**
 * PostgreSQL takes at most 65,535 bind parameters per statement, and an import can bring more
 * people than that. Set-based writes go in chunks that stay well under the limit.
 */
export const MAX_BIND_PARAMS = 30_000;

export function chunksOf<T>(list: readonly T[], paramsPerRow: number): T[][] {
  const size = Math.max(1, Math.floor(MAX_BIND_PARAMS / paramsPerRow));
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
