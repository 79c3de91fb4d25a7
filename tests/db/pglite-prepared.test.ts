import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareStatementsOfPglite } from "../../src/db/pglite-prepared.js";
import { CUSTOM_PLAN } from "../../src/db/prepared.js";

let plain: PGlite;
let named: PGlite;
const setup = `create table t (id uuid primary key, n int not null unique, on_day date, at timestamptz,
  tags text[], doc jsonb, note text);
  insert into t values ('00000000-0000-0000-0000-000000000001', 1, '2026-01-07', '2026-01-07T23:30:00Z',
    '{a,b}', '{"k": [1, 2]}', null);`;

beforeAll(async () => {
  plain = await PGlite.create("memory://");
  named = await PGlite.create("memory://");
  prepareStatementsOfPglite(named, 3, 4);
  for (const db of [plain, named]) await db.exec(setup);
});
afterAll(async () => {
  await plain.close();
  await named.close();
});

const preparedNames = async () =>
  (await named.query<{ statement: string }>("select statement from pg_prepared_statements order by name")).rows.map(
    (r) => r.statement,
  );

describe("PGlite statements prepared once per text", () => {
  it("answers what the unnamed path answers, for every type of value and both row modes, run after run", async () => {
    const text = "select id, n, on_day, at, tags, doc, note from t where id = any($1::uuid[]) and n >= $2";
    const params = [["00000000-0000-0000-0000-000000000001"], 0];
    const expected = await plain.query(text, params);
    for (let i = 0; i < 3; i++) expect(await named.query(text, params)).toEqual(expected);
    const arrays = { rowMode: "array" as const };
    expect(await named.query(text, params, arrays)).toEqual(await plain.query(text, params, arrays));
    expect(await preparedNames()).toContain(text);
  });

  it("writes: a refused one is the database's error and changes nothing; the next statement runs", async () => {
    const insert = "insert into t (id, n, tags, doc) values ($1, $2, $3, $4) returning n";
    const row = ["00000000-0000-0000-0000-000000000002", 2, ["x"], { a: 1 }];
    expect((await named.query(insert, row)).rows).toEqual([{ n: 2 }]);
    const again = ["00000000-0000-0000-0000-000000000003", 2, null, null];
    await expect(named.query(insert, again)).rejects.toMatchObject({ code: "23505" });
    expect((await named.query("select count(*)::int as c from t")).rows).toEqual([{ c: 2 }]);
    expect((await named.query("select doc from t where n = $1", [2])).rows).toEqual([{ doc: { a: 1 } }]);
  });

  it("leaves searches and long parameter lists unnamed, and keeps the texts used last", async () => {
    const search = `select n from t where note like $1 ${CUSTOM_PLAN}`;
    expect((await named.query(search, ["%"])).rows).toEqual([]);
    const long = "select $1::int + $2 + $3 + $4 + $5 as s";
    expect((await named.query(long, [1, 2, 3, 4, 5])).rows).toEqual([{ s: 15 }]);
    const texts = ["select 1 as x", "select 2 as x", "select 3 as x", "select 4 as x"];
    for (const text of texts) await named.query(text);
    // The first is used again: it is kept, and the least recently used (the second) gives way.
    expect((await named.query("select 1 as x")).rows).toEqual([{ x: 1 }]);
    const kept = await preparedNames();
    expect(kept).not.toContain(search);
    expect(kept).not.toContain(long);
    expect(kept.length).toBeLessThanOrEqual(3);
    expect(kept).toContain("select 1 as x");
    expect(kept).toContain("select 4 as x");
    expect(kept).not.toContain("select 2 as x");
    // A statement closed to make room answers as before when it comes back.
    expect((await named.query("select 2 as x")).rows).toEqual([{ x: 2 }]);
  });

  it("a table changed under a prepared statement is answered anew, not an error", async () => {
    const db = await PGlite.create("memory://");
    prepareStatementsOfPglite(db);
    await db.exec("create table s (a int); insert into s values (1);");
    expect((await db.query("select * from s")).rows).toEqual([{ a: 1 }]);
    await db.exec("alter table s add column b int default 2;");
    expect((await db.query("select * from s")).rows).toEqual([{ a: 1, b: 2 }]);
    expect((await db.query("select * from s")).rows).toEqual([{ a: 1, b: 2 }]);
    await db.close();
  });

  it("a transaction in progress keeps its statements to itself until it commits", async () => {
    let inside = -1;
    await named.transaction(async (tx) => {
      await tx.query("update t set n = n + 10 where n = $1", [1]);
      inside = (
        await tx.query<{ n: number }>("select n from t where id = $1", ["00000000-0000-0000-0000-000000000001"])
      ).rows[0]?.n as number;
    });
    expect(inside).toBe(11);
    const { rows } = await named.query("select n from t where id = $1", ["00000000-0000-0000-0000-000000000001"]);
    expect(rows).toEqual([{ n: 11 }]);
  });
});
