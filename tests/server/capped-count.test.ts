import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pglite";
import { afterAll, describe, expect, it } from "vitest";
import { COUNT_CAP, cappedCountSql, cappedTotal } from "../../src/server/core/capped-count.js";

const client = new PGlite();
const db = drizzle(client);
afterAll(() => client.close());

async function count(rows: number, cap: number) {
  const { rows: out } = await db.execute<{ n: number }>(
    sql`select ${cappedCountSql(sql`from generate_series(1, ${rows}) as g(i) where g.i % 2 = 0`, cap)} as n`,
  );
  return cappedTotal(out[0]?.n ?? -1, cap);
}

describe("counting a list's matches up to a cap", () => {
  it("is exact up to the cap and says 'capped' only beyond it", async () => {
    expect(await count(20, 10)).toEqual({ total: 10, totalCapped: false });
    expect(await count(22, 10)).toEqual({ total: 10, totalCapped: true });
    expect(await count(0, 10)).toEqual({ total: 0, totalCapped: false });
  });

  it("stops reading after cap + 1 rows, whatever the number of matches", async () => {
    const { rows } = await db.execute<{ "QUERY PLAN": string }>(
      sql`explain analyze select ${cappedCountSql(sql`from generate_series(1, 100000) as g(i)`, 10)}`,
    );
    expect(rows.map((r) => r["QUERY PLAN"]).join("\n")).toMatch(/Limit .*actual .*rows=11(\.00)? /);
  });

  it("lists count to a thousand", () => {
    expect(COUNT_CAP).toBe(1000);
    expect(cappedTotal(1001)).toEqual({ total: 1000, totalCapped: true });
  });
});
