import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assign, makeDistrictWorld, makePerson, TEST_PASSWORD } from "../helpers/factories.js";
import { openRunningPeriod } from "../helpers/factories-planning.js";
import { walkPages } from "../helpers/pages.js";
import { type Client, createTestApp, signIn, type TestContext } from "../helpers/test-app.js";

// A period's cycles searched by a word more of them start with than a search counts
// (SEARCH_COUNT_CAP): the first page's count and page come from one walk of the word starts.

let t: TestContext;
let admin: Client;
let url: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const w = await makeDistrictWorld(db);
  for (let i = 0; i < 105; i++) {
    const p = await makePerson(db, { name: `Ramai Orang ${i}`, username: null });
    await assign(db, p.id, "teacher", w.district.id, { schoolId: w.schoolB.id });
  }
  const { periodId } = await openRunningPeriod(db, w.district.id);
  admin = await signIn(t.app, w.admin.username as string, TEST_PASSWORD);
  url = `/api/admin/periods/${periodId}/cycles`;
});
afterAll(() => t.close());

type Row = { cycleId: string; name: string };

describe("a period's cycles searched by a common word", () => {
  it("counts to the cap, says so, and still pages through every match once", async () => {
    const first = (await admin.get(`${url}?q=ramai`)).json();
    expect(first.cycles).toHaveLength(50);
    expect([first.total, first.totalCapped]).toEqual([100, true]);
    const all = await walkPages<Row>(admin, `${url}?q=ramai`, "cycles", 40);
    expect(all).toHaveLength(105);
    expect(new Set(all.map((r) => r.cycleId)).size).toBe(105);
    expect(all.every((r) => r.name.startsWith("Ramai Orang"))).toBe(true);
  });

  it("counts exactly under the cap, whatever the page size", async () => {
    // "orang 10" starts a word of Ramai Orang 10 and 100–104.
    for (const limit of [3, 50]) {
      const page = (await admin.get(`${url}?q=${encodeURIComponent("orang 10")}&limit=${limit}`)).json();
      expect([page.total, page.totalCapped]).toEqual([6, false]);
    }
  });
});
