import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cycles, documents } from "../../src/db/schema.js";
import { assign, makeDistrictWorld, makePerson, TEST_PASSWORD } from "../helpers/factories.js";
import { openRunningPeriod } from "../helpers/factories-planning.js";
import { onePage, walkPages } from "../helpers/pages.js";
import { type Client, createTestApp, signIn, type TestContext } from "../helpers/test-app.js";

let t: TestContext;
let w: Awaited<ReturnType<typeof makeDistrictWorld>>;
let ks: Client;
const url = "/api/planning/queue";

type Item = { cycleId: string; name: string; status: string; as: string; schoolName: string | null };

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  w = await makeDistrictWorld(db);
  const same: string[] = [];
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
  await openRunningPeriod(db, w.district.id);
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
});
