import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accounts, assignments, districts, people } from "../../src/db/schema.js";
import { hatsOf } from "../../src/server/core/hat-rows.js";
import { assign, makeDistrict, makeDistrictWorld, makePerson, makeSchool } from "../helpers/factories.js";
import { openTestDatabase, type TestDatabase } from "../helpers/test-app.js";

// A person's copies of their hats and username (migration 0034) are what the session's statement
// authorises with on every request: after any change of a hat, a district's time zone or an account,
// they must say what the hats and the account themselves say.

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const asJson = (v: unknown) => (typeof v === "string" ? JSON.parse(v) : v) as (string | null)[][];
const sorted = (hats: (string | null)[][]) => hats.map((h) => JSON.stringify(h)).sort();

/** People whose copies differ from the derivation: none, whatever happened before. */
async function drift(ids?: string[]) {
  const { rows } = await database.db.execute<{
    id: string;
    copy: unknown;
    derived: unknown;
    u: string | null;
    du: string | null;
  }>(sql`
    select p.id, p.hats as copy, ${hatsOf(sql`p.id`)} as derived, p.account_username as u,
      (select ac.username from ${accounts} ac where ac.person_id = p.id) as du
    from ${people} p ${
      ids
        ? sql`where p.id in (${sql.join(
            ids.map((i) => sql`${i}::uuid`),
            sql`, `,
          )})`
        : sql``
    }`);
  return rows.filter(
    (r) => JSON.stringify(sorted(asJson(r.copy))) !== JSON.stringify(sorted(asJson(r.derived))) || r.u !== r.du,
  );
}

const copyOf = async (id: string) => {
  const [p] = await database.db
    .select({ hats: people.hats, u: people.accountUsername })
    .from(people)
    .where(eq(people.id, id));
  return { hats: asJson(p?.hats), username: p?.u ?? null };
};

describe("a person's copies of their hats and username", () => {
  it("follow every hat given, moved, re-dated, ended and deleted", async () => {
    const db = database.db;
    const w = await makeDistrictWorld(db);
    const p = await makePerson(db, { name: "Berpindah" });
    const q = await makePerson(db, { name: "Penerima" });
    expect((await copyOf(p.id)).hats).toEqual([]);
    const hat = await assign(db, p.id, "teacher", w.district.id, { schoolId: w.schoolA.id });
    await assign(db, p.id, "principal", w.district.id, {
      schoolId: w.schoolB.id,
      acting: true,
      startsOn: "2026-01-01",
    });
    expect((await copyOf(p.id)).hats.map((h) => h[0]).sort()).toEqual(["principal", "teacher"]);
    await db.update(assignments).set({ endsOn: "2026-06-30" }).where(eq(assignments.id, hat.id));
    expect((await copyOf(p.id)).hats.find((h) => h[0] === "teacher")?.[5]).toBe("2026-06-30");
    // A hat moved to another person leaves one and reaches the other.
    await db.update(assignments).set({ personId: q.id }).where(eq(assignments.id, hat.id));
    expect((await copyOf(p.id)).hats.map((h) => h[0])).toEqual(["principal"]);
    expect((await copyOf(q.id)).hats.map((h) => h[0])).toEqual(["teacher"]);
    await db.delete(assignments).where(eq(assignments.personId, p.id));
    expect((await copyOf(p.id)).hats).toEqual([]);
    expect(await drift([p.id, q.id])).toEqual([]);
  });

  it("follow a rename without losing a hat, and a district's new time zone", async () => {
    const db = database.db;
    const d = await makeDistrict(db);
    const s = await makeSchool(db, d.id);
    const p = await makePerson(db, { name: "Nama Lama" });
    await assign(db, p.id, "teacher", d.id, { schoolId: s.id });
    await db.update(people).set({ name: "Nama Baru" }).where(eq(people.id, p.id));
    expect((await copyOf(p.id)).hats).toHaveLength(1);
    await db.update(districts).set({ timeZone: "Asia/Jayapura" }).where(eq(districts.id, d.id));
    expect((await copyOf(p.id)).hats[0]?.[6]).toBe("Asia/Jayapura");
    expect(await drift([p.id])).toEqual([]);
  });

  it("follow the account's username: given, changed, removed", async () => {
    const db = database.db;
    const p = await makePerson(db, { name: "Tanpa Akun", username: null });
    expect((await copyOf(p.id)).username).toBeNull();
    await db.insert(accounts).values({ personId: p.id, username: "baru.1", passwordHash: "x" });
    expect((await copyOf(p.id)).username).toBe("baru.1");
    await db.update(accounts).set({ username: "baru.2" }).where(eq(accounts.personId, p.id));
    expect((await copyOf(p.id)).username).toBe("baru.2");
    // Another change of the account (a failed sign-in) leaves the copy as it is.
    await db.update(accounts).set({ failedAttempts: 1 }).where(eq(accounts.personId, p.id));
    expect((await copyOf(p.id)).username).toBe("baru.2");
    await db.delete(accounts).where(eq(accounts.personId, p.id));
    expect((await copyOf(p.id)).username).toBeNull();
  });

  it("agree with the derivation for everyone in the database", async () => {
    expect(await drift()).toEqual([]);
  });

  // Two connections: only PostgreSQL has them (the embedded database runs one statement at a time).
  it.skipIf(!process.env.DATABASE_URL)("keep both of two hats given at once in two transactions", async () => {
    const db = database.db;
    // Two districts: nothing else the two inserts write (the district's people, tallies) is shared.
    const [d1, d2] = [await makeDistrict(db), await makeDistrict(db)];
    const [s1, s2] = [await makeSchool(db, d1.id), await makeSchool(db, d2.id)];
    const p = await makePerson(db, { name: "Dua Sekaligus" });
    let releaseFirst = () => {};
    const firstMayCommit = new Promise<void>((r) => {
      releaseFirst = r;
    });
    let firstWrote = () => {};
    const firstHasWritten = new Promise<void>((r) => {
      firstWrote = r;
    });
    const first = db.transaction(async (tx) => {
      await tx
        .insert(assignments)
        .values({ personId: p.id, kind: "teacher", districtId: d1.id, schoolId: s1.id, startsOn: "2026-01-01" });
      firstWrote();
      await firstMayCommit;
    });
    await firstHasWritten;
    // The second waits for the first's lock on the person, then sees its hat when it copies.
    const other = await database.reopen();
    const second = other.db.transaction(async (tx) => {
      await tx
        .insert(assignments)
        .values({ personId: p.id, kind: "operator", districtId: d2.id, schoolId: s2.id, startsOn: "2026-01-01" });
    });
    await new Promise((r) => setTimeout(r, 200));
    releaseFirst();
    await Promise.all([first, second]).finally(() => other.close());
    expect((await copyOf(p.id)).hats.map((h) => h[0]).sort()).toEqual(["operator", "teacher"]);
  });
});
