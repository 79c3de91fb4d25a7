import { expect } from "vitest";
import type { Client } from "./test-app.js";

/**
 * Walks a keyset-paginated list through its cursors, `limit` rows a page, and returns every row
 * in order. Fails on a page larger than `limit` or a list that does not end.
 */
export async function walkPages<T>(client: Client, url: string, key: string, limit = 2): Promise<T[]> {
  const rows: T[] = [];
  let cursor: string | null = null;
  const join = url.includes("?") ? "&" : "?";
  for (let page = 0; page < 500; page++) {
    const res = await client.get(`${url}${join}limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const body = res.json() as Record<string, unknown> & { nextCursor: string | null };
    const items = body[key] as T[];
    expect(items.length).toBeLessThanOrEqual(limit);
    rows.push(...items);
    cursor = body.nextCursor;
    if (!cursor) return rows;
  }
  throw new Error(`${url}: more than 500 pages`);
}

/** The same list in one big page: what the walk must equal (no row skipped or repeated). */
export async function onePage<T>(client: Client, url: string, key: string): Promise<T[]> {
  const join = url.includes("?") ? "&" : "?";
  const res = await client.get(`${url}${join}limit=100`);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  return (res.json() as Record<string, T[]>)[key] as T[];
}
