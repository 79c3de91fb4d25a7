import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TextColumn, textRowReader, textRowSql } from "../../src/db/text-rows.js";
import { openTestDatabase, type TestDatabase } from "../helpers/test-app.js";

// Rows as arrays of texts (src/db/text-rows.ts) through the real database and back: every value
// arrives as it left, whatever its type, and a name with commas, quotes or a line break stays whole.

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const COLUMNS = [
  ["id", "v.id"],
  ["name", "v.name"],
  ["flag", "v.flag", "bool"],
  ["n", "v.n", "int"],
  ["day", "v.day"],
  ["doc", "v.doc", "json"],
  ["ids", "v.ids", "list"],
] as const satisfies readonly TextColumn[];
type Row = { id: string; name: string; flag: boolean; n: number; day: string; doc: unknown; ids: string[] | null };

const read = textRowReader<Row>(COLUMNS);
const rowsOf = async (values: ReturnType<typeof sql>) => {
  const { rows } = await database.db.execute<{ x: (string | null)[][] }>(
    sql`select json_agg(${sql.raw(textRowSql(COLUMNS))} order by v.n) as x from (${values}) v(id, name, flag, n, day, doc, ids)`,
  );
  const x = rows[0]?.x;
  // PGlite parses json itself; node-postgres too (the answer's type is json).
  return (typeof x === "string" ? JSON.parse(x) : x) as (string | null)[][];
};

describe("rows as arrays of texts", () => {
  it("read back as they were: uuids, odd names, booleans, numbers, dates, json and lists", async () => {
    const rows = await rowsOf(sql`values
      ('00000000-0000-4000-8000-000000000001'::uuid, 'Budi, S.Pd. "Pak" \\ baris
dua', true, 0, '2026-02-28'::date, '{"a": [1, "x"]}'::json,
        array['00000000-0000-4000-8000-00000000000a'::uuid, '00000000-0000-4000-8000-00000000000b'::uuid]),
      ('00000000-0000-4000-8000-000000000002'::uuid, 'Ñoño 日本', false, -12, '2027-01-01'::date, null::json,
        array[]::uuid[]),
      ('00000000-0000-4000-8000-000000000003'::uuid, '', false, 7, '2026-12-31'::date, '"teks"'::json, null::uuid[])`);
    expect(rows.map(read)).toEqual([
      {
        id: "00000000-0000-4000-8000-000000000002",
        name: "Ñoño 日本",
        flag: false,
        n: -12,
        day: "2027-01-01",
        doc: null,
        ids: [],
      },
      {
        id: "00000000-0000-4000-8000-000000000001",
        name: 'Budi, S.Pd. "Pak" \\ baris\ndua',
        flag: true,
        n: 0,
        day: "2026-02-28",
        doc: { a: [1, "x"] },
        ids: ["00000000-0000-4000-8000-00000000000a", "00000000-0000-4000-8000-00000000000b"],
      },
      {
        id: "00000000-0000-4000-8000-000000000003",
        name: "",
        flag: false,
        n: 7,
        day: "2026-12-31",
        doc: "teks",
        ids: null,
      },
    ]);
  });
});
