import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cycles, documents, people, periods, windowExtensions } from "../../src/db/schema.js";
import { addDays } from "../../src/domain/cycles/phase.js";
import { testToday } from "../helpers/clock.js";
import { assign, makeDistrictWorld, makePerson, TEST_PASSWORD } from "../helpers/factories.js";
import { openRunningPeriod } from "../helpers/factories-planning.js";
import { onePage, walkPages } from "../helpers/pages.js";
import { type Client, createTestApp, signIn, type TestContext } from "../helpers/test-app.js";

let t: TestContext;
let w: Awaited<ReturnType<typeof makeDistrictWorld>>;
let ks: Client;
let periodId: string;
let same: string[];
const url = "/api/planning/queue";

type Item = { cycleId: string; name: string; status: string; as: string; schoolName: string | null; track: string };

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  w = await makeDistrictWorld(db);
  same = [];
  for (let i = 0; i < 5; i++) {
    const p = await makePerson(db, { name: "Sama Nama", username: null });
    await assign(db, p.id, "teacher", w.district.id, { schoolId: w.schoolA.id });
    same.push(p.id);
  }
  // Teachers of school B whose stored atasan wrongly says KS A: the pre-selection finds them,
  // the rule (`assessorRoleOn`) drops them, wherever they fall in the pages.
  const strangers: string[] = [];
  for (const name of ["Aa Asing", "Mm Asing", "Zz Asing"]) {
    const p = await makePerson(db, { name, username: null });
    await assign(db, p.id, "teacher", w.district.id, { schoolId: w.schoolB.id });
    strangers.push(p.id);
  }
  // A pengawas: the Kepala Dinas's queue holds two tracks.
  const pengawas = await makePerson(db, { name: "Pengawas Satu", username: null });
  await assign(db, pengawas.id, "supervisor", w.district.id);
  ({ periodId } = await openRunningPeriod(db, w.district.id));
  await db.update(cycles).set({ superiorId: w.ksA.id }).where(inArray(cycles.personId, strangers));
  // Two of the same-named teachers submitted: they come first.
  const submitted = await db
    .select({ id: cycles.id })
    .from(cycles)
    .where(inArray(cycles.personId, same.slice(0, 2)));
  for (const c of submitted) {
    await db
      .update(documents)
      .set({ status: "submitted", version: 2 })
      .where(and(eq(documents.cycleId, c.id), eq(documents.kind, "plan")));
  }
  ks = await signIn(t.app, w.ksA.username as string, TEST_PASSWORD);
});
afterAll(() => t.close());

describe("the planning queue, a page at a time", () => {
  it("walks every plan the rule confirms once, waiting ones first, even when rows are dropped and names tie", async () => {
    for (const limit of [1, 2, 3]) {
      const walked = await walkPages<Item>(ks, url, "items", limit);
      const all = await onePage<Item>(ks, url, "items");
      expect(walked.map((i) => i.cycleId)).toEqual(all.map((i) => i.cycleId));
    }
    const all = await onePage<Item>(ks, url, "items");
    expect(all).toHaveLength(6);
    expect(all.some((i) => i.name.endsWith("Asing"))).toBe(false);
    expect(all.every((i) => i.as === "principal")).toBe(true);
    expect(all.slice(0, 2).map((i) => i.status)).toEqual(["submitted", "submitted"]);
  });

  it("filters by status and searches name or NIP; counts cover the whole queue", async () => {
    const submitted = (await ks.get(`${url}?filter=submitted`)).json();
    expect(submitted.items.map((i: Item) => i.status)).toEqual(["submitted", "submitted"]);
    expect(submitted.total).toBe(2);
    expect(submitted.counts.submitted).toBe(2);
    const byNip = (await ks.get(`${url}?q=${w.guruA.nip}`)).json();
    expect(byNip.items.map((i: Item) => i.name)).toEqual(["Guru A"]);
    expect(byNip.total).toBe(1);
    expect((await ks.get(`${url}?filter=overdue`)).json().items).toEqual([]);
  });

  it("the Kepala Dinas's queue by track: each track's rows of the whole queue, and the leaders", async () => {
    const head = await signIn(t.app, w.head.username as string, TEST_PASSWORD);
    const all = await onePage<Item>(head, url, "items");
    expect(new Set(all.map((i) => i.track)).size).toBeGreaterThan(1);
    const ids = (items: Item[]) => items.map((i) => i.cycleId).sort();
    for (const track of ["guru", "kepala_sekolah", "pengawas"]) {
      const one = await walkPages<Item>(head, `${url}?track=${track}`, "items", 1);
      expect(ids(one)).toEqual(ids(all.filter((i) => i.track === track)));
    }
    const leaders = await onePage<Item>(head, `${url}?track=leaders`, "items");
    expect(ids(leaders)).toEqual(ids(all.filter((i) => i.track !== "guru")));
  });

  it("a bad cursor or filter is a 400; a guru's queue is empty", async () => {
    expect((await ks.get(`${url}?cursor=bm90LWEtY3Vyc29y`)).statusCode).toBe(400);
    const wrongTypes = Buffer.from(JSON.stringify(["x", "y", "z"])).toString("base64url");
    expect((await ks.get(`${url}?cursor=${wrongTypes}`)).statusCode).toBe(400);
    expect((await ks.get(`${url}?filter=nope`)).statusCode).toBe(400);
    const guru = await signIn(t.app, w.guruA.username as string, TEST_PASSWORD);
    const q = (await guru.get(url)).json();
    expect(q.items).toEqual([]);
    expect(q.total).toBe(0);
  });

  it("ranks by the name the person has now: a rename reaches the queue", async () => {
    const db = t.database.db;
    const notSubmitted = same[4] as string;
    await db.update(people).set({ name: "Aaa Baru" }).where(eq(people.id, notSubmitted));
    const all = await onePage<Item>(ks, url, "items");
    // After the two submitted plans, the plans not started, by name.
    expect(all.slice(2).map((i) => i.name)).toEqual(["Aaa Baru", "Guru A", "Sama Nama", "Sama Nama"]);
    expect((await ks.get(`${url}?q=aaa`)).json().items.map((i: Item) => i.name)).toEqual(["Aaa Baru"]);
    await db.update(people).set({ name: "Sama Nama" }).where(eq(people.id, notSubmitted));
  });

  it("judges overdue after the close, unless the district's, the school's or the person's extension runs", async () => {
    const db = t.database.db;
    const today = testToday();
    const [period] = await db.select().from(periods).where(eq(periods.id, periodId));
    await db
      .update(periods)
      .set({ planningClosesOn: addDays(today, -1) })
      .where(eq(periods.id, periodId));
    const overdue = async () => (await ks.get(`${url}?filter=overdue`)).json();
    const extend = (scope: "district" | "school" | "person", closesOn: string, more: object = {}) =>
      db.insert(windowExtensions).values({ periodId, phase: "perencanaan", scope, closesOn, ...more });
    const clear = () => db.delete(windowExtensions).where(eq(windowExtensions.periodId, periodId));
    try {
      // The counts cover the pre-selection: the three strangers of school B too.
      const items = async () => (await overdue()).items.length;
      expect([await items(), (await overdue()).total]).toEqual([6, 9]);
      expect((await ks.get(url)).json().overdue).toBe(9);
      await extend("school", today, { schoolId: w.schoolB.id });
      expect([await items(), (await overdue()).total]).toEqual([6, 6]);
      await extend("district", addDays(today, -1));
      await extend("person", addDays(today, -1), { personId: w.guruA.id });
      expect(await items()).toBe(6); // extensions already over
      await extend("school", today, { schoolId: w.schoolA.id });
      expect((await overdue()).total).toBe(0);
      await clear();
      await extend("district", today);
      expect((await overdue()).total).toBe(0);
      await clear();
      // One of the two submitted is given time: the overdue one is ranked before it.
      const [first] = await db
        .select({ id: cycles.id })
        .from(cycles)
        .where(eq(cycles.personId, same[0] as string));
      await extend("person", addDays(today, 3), { personId: same[0] });
      const body = (await ks.get(url)).json();
      expect(body.overdue).toBe(8);
      expect(body.items.slice(0, 2).map((i: Item & { overdue: boolean }) => [i.status, i.overdue])).toEqual([
        ["submitted", true],
        ["submitted", false],
      ]);
      expect(body.items[1].cycleId).toBe(first?.id);
      expect((await overdue()).items.map((i: Item) => i.cycleId)).not.toContain(first?.id);
      // Paging passes the row read apart (given time) exactly once, in its place.
      for (const limit of [1, 2]) {
        const walked = await walkPages<Item>(ks, url, "items", limit);
        expect(walked.map((i) => i.cycleId)).toEqual((await onePage<Item>(ks, url, "items")).map((i) => i.cycleId));
      }
    } finally {
      await clear();
      await db.update(periods).set({ planningClosesOn: period?.planningClosesOn }).where(eq(periods.id, periodId));
    }
  });
});
