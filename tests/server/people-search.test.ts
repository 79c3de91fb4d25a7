import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeCursor } from "../../src/server/core/cursor.js";
import { makeDistrictWorld, makeTeachers, TEST_PASSWORD } from "../helpers/factories.js";
import { type Client, createTestApp, signIn, type TestContext } from "../helpers/test-app.js";

let t: TestContext;
let w: Awaited<ReturnType<typeof makeDistrictWorld>>;
let admin: Client;
let url: string;
const ids = new Map<string, string>();

beforeAll(async () => {
  t = await createTestApp();
  w = await makeDistrictWorld(t.database.db);
  const names: [string, string | null][] = [
    ["Joko Susilo", "197001012000031001"],
    ["Bambang Joko", "197001012000031002"],
    ["Ani Jokowati", "197001012000031003"],
    ["Sutarjoko", "197001012000031004"],
    ["Joko Joko Santoso", null],
    ["Agus Salim", null],
    ["Sri Wahyuni", "198812312010012005"],
  ];
  const rows = await makeTeachers(
    t.database.db,
    names.map(([name, nip]) => ({ name, nip })),
    w.district.id,
    w.schoolA.id,
  );
  for (const r of rows) ids.set(r.name, r.id);
  admin = await signIn(t.app, w.admin.username as string, TEST_PASSWORD);
  url = `/api/admin/districts/${w.district.id}/people`;
});
afterAll(() => t.close());

/** Every page of a search, `limit` at a time: the names in order and the first page's total. */
async function search(q: string, limit = 2) {
  const names: string[] = [];
  let cursor: string | null = null;
  let total = -1;
  for (let page = 0; page < 20; page++) {
    const res = await admin.get(`${url}?q=${encodeURIComponent(q)}&limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`);
    expect(res.statusCode).toBe(200);
    const body = res.json() as { people: { name: string }[]; nextCursor: string | null; total: number };
    // Every page carries the same total: a later page counts too (with its rows, in one statement).
    if (page === 0) total = body.total;
    else expect(body.total).toBe(total);
    names.push(...body.people.map((p) => p.name));
    cursor = body.nextCursor;
    if (!cursor) break;
  }
  return { names, total };
}

describe("the people search box", () => {
  it("lists word starts first (by the text from that word on), then the term inside a word, each once", async () => {
    const { names, total } = await search("joko");
    // "joko 1970…" < "joko joko santoso" < "joko susilo…" < "jokowati…", then Sutarjoko.
    expect(names).toEqual(["Bambang Joko", "Joko Joko Santoso", "Joko Susilo", "Ani Jokowati", "Sutarjoko"]);
    expect(total).toBe(5);
    // Longer than the words' shared "joko ": Joko Joko Santoso by its second word, once.
    expect((await search("joko s")).names).toEqual(["Joko Joko Santoso", "Joko Susilo"]);
    expect((await search("joko j")).names).toEqual(["Joko Joko Santoso"]);
  });

  it("pages through the same answer whatever the page size", async () => {
    const one = await search("joko", 1);
    const all = await search("joko", 50);
    expect(one.names).toEqual(all.names);
    // Counted by the count statement (a full first page) and by the page itself (room to spare): the same.
    expect(one.total).toBe(5);
    expect(all.total).toBe(5);
  });

  it("a page past the last match is empty and still says how many there are", async () => {
    const past = encodeCursor([1, "zzzz", "ffffffff-ffff-4fff-bfff-ffffffffffff"]);
    const res = await admin.get(`${url}?q=joko&limit=2&cursor=${past}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ people: [], nextCursor: null, total: 5 });
  });

  it("still finds a term inside a word ('gus' in Agus) and a NIP from its start or its middle", async () => {
    expect((await search("gus")).names).toEqual(["Agus Salim"]);
    expect((await search("19881231")).names).toEqual(["Sri Wahyuni"]);
    expect((await search("2010012005")).names).toEqual(["Sri Wahyuni"]);
  });

  it("puts a person a word of whom the term starts in the first group only, though it is inside another word too", async () => {
    await makeTeachers(
      t.database.db,
      [
        { name: "Rini Sukarini", nip: null },
        { name: "Ayu Rinita", nip: null },
        { name: "Hendrarini", nip: null },
      ],
      w.district.id,
      w.schoolA.id,
    );
    // "rini sukarini" < "rinita" (word starts), then Hendrarini (inside a word only).
    const expected = ["Rini Sukarini", "Ayu Rinita", "Hendrarini"];
    // The second group read for the page (room to spare) and counted from it, or counted apart (a full page).
    for (const limit of [50, 1]) expect(await search("rini", limit)).toEqual({ names: expected, total: 3 });
  });

  it("a term of one or two letters matches word starts only (its count too)", async () => {
    expect((await search("ag")).names).toEqual(["Agus Salim"]);
    const us = await search("us");
    expect(us.names).not.toContain("Agus Salim");
    expect(us.total).toBe(us.names.length);
    expect((await search("wa")).names).toEqual(["Sri Wahyuni"]);
  });

  it("finds a teacher without a NIP by their NUPTK, as the box says", async () => {
    await makeTeachers(
      t.database.db,
      [{ name: "Rina Honorer", nuptk: "4455667788990011", employmentStatus: "NON_ASN" }],
      w.district.id,
      w.schoolA.id,
    );
    expect((await search("44556677")).names).toEqual(["Rina Honorer"]);
    expect((await search("7788990011")).names).toEqual(["Rina Honorer"]);
  });

  it("treats % and _ as the characters typed", async () => {
    expect((await search("jo%o")).names).toEqual([]);
    expect((await search("_oko")).names).toEqual([]);
  });

  it("follows a rename: the new name is found, the old one no longer", async () => {
    const id = ids.get("Sri Wahyuni") as string;
    const res = await admin.patch(`/api/admin/people/${id}`, { name: "Sri Rahayu" });
    expect(res.statusCode).toBe(200);
    expect((await search("rahayu")).names).toEqual(["Sri Rahayu"]);
    expect((await search("wahyuni")).names).toEqual([]);
  });

  it("a forged cursor is a clear 400, not a server error", async () => {
    for (const cursor of [
      encodeCursor([0, "joko", "not-a-uuid"]),
      encodeCursor([1, "x", "y"]),
      encodeCursor(["a", "b"]),
    ]) {
      const res = await admin.get(`${url}?q=joko&cursor=${cursor}`);
      expect(res.statusCode).toBe(400);
    }
  });
});
