import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareStatementsOf } from "../../src/db/prepared.js";

/**
 * `DescribedQuery` (src/db/described.ts) on a real PostgreSQL connection: a named statement is
 * described once per connection, and every later run still answers the right rows, parsed with the
 * run's own type parsers. Needs DATABASE_URL (the server tests' run on PostgreSQL); PGlite has its
 * own driver.
 */
const url = process.env.DATABASE_URL;

describe.runIf(url)("named statements described once per connection", () => {
  let client: pg.PoolClient;
  let pool: pg.Pool;
  let describes = 0;
  type Run = { rows: unknown[]; rowCount: number | null };
  const run = (config: object, values?: unknown[]) => client.query(config as pg.QueryConfig, values) as Promise<Run>;

  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: url, max: 1 });
    client = await pool.connect();
    prepareStatementsOf(client);
    // Count the Describe messages the driver writes on this connection.
    const connection = (client as unknown as { connection: { describe: (m: object) => void } }).connection;
    const original = connection.describe;
    connection.describe = function (this: unknown, m: object) {
      describes++;
      return original.call(this, m);
    };
    await client.query("create temp table described_t (id int primary key, at timestamptz, note text)");
  });
  afterAll(async () => {
    client?.release(true);
    await pool?.end();
  });

  it("asks the columns on the first run only; the rows stay right in object and array modes", async () => {
    await run({ text: "insert into described_t values ($1, $2, $3)" }, [1, "2026-01-02T03:04:05Z", "satu"]);
    await run({ text: "insert into described_t values ($1, $2, $3)" }, [2, "2026-02-03T04:05:06Z", null]);
    const before = describes;
    const first = await run({ text: "select id, note from described_t where id = $1" }, [1]);
    const second = await run({ text: "select id, note from described_t where id = $1" }, [2]);
    const arrays = await run({ text: "select id, note from described_t where id = $1", rowMode: "array" }, [1]);
    expect(first.rows).toEqual([{ id: 1, note: "satu" }]);
    expect(second.rows).toEqual([{ id: 2, note: null }]);
    expect(arrays.rows).toEqual([[1, "satu"]]);
    expect(describes - before).toBe(1);
  });

  it("a statement without rows (an insert) is described once too, and its row count is kept", async () => {
    const insert = { text: "insert into described_t (id) values ($1) on conflict do nothing" };
    const before = describes;
    expect((await run(insert, [10])).rowCount).toBe(1);
    expect((await run(insert, [11])).rowCount).toBe(1);
    expect((await run(insert, [11])).rowCount).toBe(0);
    expect(describes - before).toBe(1);
  });

  it("parses with each run's own type parsers (Drizzle keeps timestamps as text)", async () => {
    const asText = { getTypeParser: (oid: number) => (oid === 1184 ? (v: string) => v : pg.types.getTypeParser(oid)) };
    const text = "select at from described_t where id = $1";
    const parsed = await run({ text }, [1]);
    const raw = await run({ text, types: asText }, [1]);
    const parsedAgain = await run({ text }, [1]);
    expect((parsed.rows[0] as { at: unknown }).at).toBeInstanceOf(Date);
    expect(typeof (raw.rows[0] as { at: unknown }).at).toBe("string");
    expect((parsedAgain.rows[0] as { at: Date }).at.toISOString()).toBe("2026-01-02T03:04:05.000Z");
  });

  it("after an error the statement is described again, and runs right", async () => {
    const text = "select 10 / $1::int as q";
    expect((await run({ text }, [2])).rows).toEqual([{ q: 5 }]);
    await expect(run({ text }, [0])).rejects.toThrow(/division by zero/);
    const before = describes;
    expect((await run({ text }, [5])).rows).toEqual([{ q: 2 }]);
    expect((await run({ text }, [1])).rows).toEqual([{ q: 10 }]);
    expect(describes - before).toBe(1);
  });

  it("the pool's call (values and a callback) is described once too", async () => {
    const text = "select note from described_t where id = $1";
    const viaCallback = (id: number) =>
      new Promise<Run>((resolve, reject) =>
        (client.query as unknown as (c: object, v: unknown[], cb: (e: Error | null, r: Run) => void) => void)(
          { text },
          [id],
          (err, res) => (err ? reject(err) : resolve(res)),
        ),
      );
    const before = describes;
    expect((await viaCallback(1)).rows).toEqual([{ note: "satu" }]);
    expect((await viaCallback(2)).rows).toEqual([{ note: null }]);
    expect(describes - before).toBe(1);
  });

  it("a statement with more values than the cap goes through the driver as before", async () => {
    const many = Array.from({ length: 40 }, (_, i) => i);
    const text = `select ${many.map((i) => `$${i + 1}::int`).join(" + ")} as total`;
    const before = describes;
    expect((await run({ text }, many)).rows).toEqual([{ total: 780 }]);
    expect((await run({ text }, many)).rows).toEqual([{ total: 780 }]);
    // Unnamed (over the parameter cap): described on each run by the driver.
    expect(describes - before).toBe(2);
  });
});
