import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assignments, people } from "../../src/db/schema.js";
import { encodeCursor } from "../../src/server/core/cursor.js";
import {
  assign,
  makeDistrictWorld,
  makePerson,
  makeSchool,
  makeTeachers,
  TEST_PASSWORD,
} from "../helpers/factories.js";
import { onePage, walkPages } from "../helpers/pages.js";
import { type Client, createTestApp, signIn, type TestContext } from "../helpers/test-app.js";

// A district's people and its search box read its own rows (migration 0028, src/server/org/people.ts):
// another district's people never show, a hat in a second district brings its person there, and the
// word table follows every change of hats and names.

let t: TestContext;
let a: Awaited<ReturnType<typeof makeDistrictWorld>>;
let b: Awaited<ReturnType<typeof makeDistrictWorld>>;
let adminA: Client;
let urlA: string;
type Person = { id: string; name: string };

/** The word table is exactly each person's words in each district of their hats. */
async function expectWordsDerived() {
  const db = t.database.db;
  const diff = await db.execute<{ n: number }>(sql`select count(*)::int as n from (
      (select distinct x.person_id, x.district_id, w.suffix, w.shared from assignments x join person_search_words w on w.person_id = x.person_id
       except select person_id, district_id, suffix, shared from district_search_words)
      union all
      (select person_id, district_id, suffix, shared from district_search_words
       except select distinct x.person_id, x.district_id, w.suffix, w.shared from assignments x join person_search_words w on w.person_id = x.person_id)
    ) d`);
  expect(diff.rows[0]?.n).toBe(0);
  // Each word's `shared` (migration 0030), derived here apart: the characters it shares with the
  // person's word before it in byte order.
  const words = await db.execute<{ person_id: string; suffix: string; shared: number }>(
    sql`select person_id, suffix, shared from person_search_words`,
  );
  const byPerson = new Map<string, typeof words.rows>();
  for (const w of words.rows) byPerson.set(w.person_id, [...(byPerson.get(w.person_id) ?? []), w]);
  for (const list of byPerson.values()) {
    list.sort((x, y) => Buffer.compare(Buffer.from(x.suffix), Buffer.from(y.suffix)));
    list.forEach((w, i) => {
      const before = [...(list[i - 1]?.suffix ?? "")];
      const chars = [...w.suffix];
      let n = 0;
      while (n < chars.length && n < before.length && chars[n] === before[n]) n++;
      expect({ suffix: w.suffix, shared: w.shared }).toEqual({ suffix: w.suffix, shared: n });
    });
  }
  const rows = await db.execute<{ n: number }>(sql`select count(*)::int as n from district_search_words`);
  expect(rows.rows[0]?.n).toBeGreaterThan(0);
  // And `district_people` (migration 0029): each person once per district of their hats, their key now.
  const people = await db.execute<{ n: number }>(sql`select count(*)::int as n from (
      (select distinct x.district_id, x.person_id, p.search_key, p.name from assignments x join people p on p.id = x.person_id
       except select district_id, person_id, search_key, name from district_people)
      union all
      (select district_id, person_id, search_key, name from district_people
       except select distinct x.district_id, x.person_id, p.search_key, p.name from assignments x join people p on p.id = x.person_id)
    ) d`);
  expect(people.rows[0]?.n).toBe(0);
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  a = await makeDistrictWorld(db);
  b = await makeDistrictWorld(db);
  await makeTeachers(db, [{ name: "Budi Anwar" }, { name: "Budi Citra" }], a.district.id, a.schoolA.id);
  await makeTeachers(
    db,
    [{ name: "Budi Asing" }, { name: "Budi Bersama" }, { name: "Aan Budiman" }],
    b.district.id,
    b.schoolA.id,
  );
  adminA = await signIn(t.app, a.admin.username as string, TEST_PASSWORD);
  urlA = `/api/admin/districts/${a.district.id}/people`;
});
afterAll(() => t.close());

const names = (list: Person[]) => list.map((p) => p.name);

describe("a district's people and search box in a database of several districts", () => {
  it("show the district's own people only, however common the word", async () => {
    await expectWordsDerived();
    const found = await onePage<Person>(adminA, `${urlA}?q=budi`, "people");
    expect(names(found)).toEqual(["Budi Anwar", "Budi Citra"]);
    // Inside a word (the second group): B's "Aan Budiman" and "Budi Asing" stay in B.
    expect(names(await onePage<Person>(adminA, `${urlA}?q=udi`, "people"))).toEqual(["Budi Anwar", "Budi Citra"]);
    const all = await onePage<Person>(adminA, urlA, "people");
    expect(names(all)).not.toContain("Budi Asing");
    expect(names(all)).toContain("Budi Anwar");
  });

  it("a hat in a second district brings its person there, listed and found once however many hats", async () => {
    const db = t.database.db;
    const [shared] = await db.select().from(people).where(eq(people.name, "Budi Bersama"));
    if (!shared) throw new Error("Budi Bersama");
    const school = await makeSchool(db, a.district.id);
    await assign(db, shared.id, "teacher", a.district.id, { schoolId: a.schoolA.id });
    await assign(db, shared.id, "operator", a.district.id, { schoolId: school.id });
    await expectWordsDerived();
    const found = await onePage<Person>(adminA, `${urlA}?q=budi`, "people");
    expect(names(found)).toEqual(["Budi Anwar", "Budi Bersama", "Budi Citra"]);
    expect(names(await onePage<Person>(adminA, `${urlA}?q=ersam`, "people"))).toEqual(["Budi Bersama"]);
    const all = await onePage<Person>(adminA, urlA, "people");
    expect(names(all).filter((n) => n === "Budi Bersama")).toHaveLength(1);
    // The list walks the same people a page at a time, each once, whatever the page size.
    for (const limit of [1, 2, 3]) {
      const walked = await walkPages<Person>(adminA, urlA, "people", limit);
      expect(walked.map((p) => p.id)).toEqual(all.map((p) => p.id));
    }
    const res = await adminA.get(`${urlA}?limit=2`);
    expect(res.json().total).toBe(all.length);
    // A later page says the same count; a page past the last person is empty and still counts.
    const second = await adminA.get(`${urlA}?limit=2&cursor=${res.json().nextCursor}`);
    expect(second.json().total).toBe(all.length);
    const past = encodeCursor(["zzzz", "ffffffff-ffff-4fff-bfff-ffffffffffff"]);
    expect((await adminA.get(`${urlA}?limit=2&cursor=${past}`)).json()).toMatchObject({
      people: [],
      nextCursor: null,
      total: all.length,
    });
  });

  it("follows a rename in every district of the person's hats", async () => {
    const db = t.database.db;
    await db.update(people).set({ name: "Darto Bersama" }).where(eq(people.name, "Budi Bersama"));
    await expectWordsDerived();
    expect(names(await onePage<Person>(adminA, `${urlA}?q=darto`, "people"))).toEqual(["Darto Bersama"]);
    expect(names(await onePage<Person>(adminA, `${urlA}?q=arto`, "people"))).toEqual(["Darto Bersama"]);
    expect(names(await onePage<Person>(adminA, `${urlA}?q=budi`, "people"))).toEqual(["Budi Anwar", "Budi Citra"]);
  });

  it("keeps the words derived when a hat is moved or deleted (not done by the app; by hand)", async () => {
    const db = t.database.db;
    const [darto] = await db.select().from(people).where(eq(people.name, "Darto Bersama"));
    if (!darto) throw new Error("Darto Bersama");
    const hats = await db.select().from(assignments).where(eq(assignments.personId, darto.id));
    const inA = hats.filter((h) => h.districtId === a.district.id);
    // One of the two hats in A goes: the person stays in A.
    await db.delete(assignments).where(eq(assignments.id, inA[0]?.id as string));
    await expectWordsDerived();
    expect(names(await onePage<Person>(adminA, `${urlA}?q=darto`, "people"))).toEqual(["Darto Bersama"]);
    // The other moves to B: the person leaves A.
    await db
      .update(assignments)
      .set({ districtId: b.district.id, schoolId: b.schoolA.id })
      .where(eq(assignments.id, inA[1]?.id as string));
    await expectWordsDerived();
    expect(names(await onePage<Person>(adminA, `${urlA}?q=darto`, "people"))).toEqual([]);
    // A person deleted takes their words along.
    await db.delete(people).where(eq(people.id, darto.id));
    await expectWordsDerived();
  });

  it("a name whose words start alike is found once for each term, by its first word the term starts", async () => {
    const db = t.database.db;
    const p = await makePerson(db, { name: "Sri Sriyani Srikandi", username: null });
    await assign(db, p.id, "teacher", a.district.id, { schoolId: a.schoolA.id });
    await expectWordsDerived();
    for (const q of ["sri", "sriy", "srik", "sri s", "sriyani s"]) {
      expect(names(await onePage<Person>(adminA, `${urlA}?q=${encodeURIComponent(q)}`, "people"))).toEqual([
        "Sri Sriyani Srikandi",
      ]);
    }
    await db.update(people).set({ name: "Sri Sri Sriwati" }).where(eq(people.id, p.id));
    await expectWordsDerived();
    expect(names(await onePage<Person>(adminA, `${urlA}?q=sri`, "people"))).toEqual(["Sri Sri Sriwati"]);
    expect(names(await onePage<Person>(adminA, `${urlA}?q=sriy`, "people"))).toEqual([]);
    await db.delete(people).where(eq(people.id, p.id));
    await expectWordsDerived();
  });

  it("a new teacher made in the district is found at once", async () => {
    const db = t.database.db;
    const p = await makePerson(db, { name: "Budi Baru", username: null });
    await assign(db, p.id, "teacher", a.district.id, { schoolId: a.schoolA.id });
    await expectWordsDerived();
    expect(names(await onePage<Person>(adminA, `${urlA}?q=budi`, "people"))).toEqual([
      "Budi Anwar",
      "Budi Baru",
      "Budi Citra",
    ]);
  });
});
