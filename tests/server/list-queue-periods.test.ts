import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cycles, documents } from "../../src/db/schema.js";
import { windowsAround } from "../../src/domain/cycles/phase.js";
import { openPeriod } from "../../src/server/periods/open-period.js";
import { testNow, testToday } from "../helpers/clock.js";
import { assign, makeDistrictWorld, makePerson, openRunningPeriod, TEST_PASSWORD } from "../helpers/factories.js";
import { onePage, walkPages } from "../helpers/pages.js";
import { type Client, createTestApp, signIn, type TestContext } from "../helpers/test-app.js";

// A queue over two periods: the walk stops after a page per period, so rows of one rank from both
// periods must still come in name order, page after page (src/server/planning/queue-statement.ts).

let t: TestContext;
let ks: Client;
let pastId: string;
let currentId: string;
const url = "/api/planning/queue";
type Item = { cycleId: string; name: string; status: string; periodId: string };

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const w = await makeDistrictWorld(db);
  const names = ["Hana", "Ani", "Gita", "Bayu", "Fajar", "Citra", "Eko", "Dewi"];
  const teachers: string[] = [];
  for (const name of names) {
    const p = await makePerson(db, { name, username: null });
    await assign(db, p.id, "teacher", w.district.id, { schoolId: w.schoolA.id });
    teachers.push(p.id);
  }
  const past = await openPeriod({
    db,
    actorId: null,
    actingAs: "test",
    districtId: w.district.id,
    templateCode: "2025-annual",
    name: "Periode Lalu",
    now: testNow(),
    windows: windowsAround(testToday(), {
      openedDaysAgo: 400,
      planningDaysLeft: -380,
      executionEndsIn: -100,
      endsIn: -40,
    }),
  });
  pastId = past.periodId;
  ({ periodId: currentId } = await openRunningPeriod(db, w.district.id));
  // Approved plans rank alike in both periods (not judged overdue): half the names in each period,
  // so that the rank's rows alternate between the periods in name order.
  const approve = async (periodId: string, personIds: string[]) => {
    const ids = await db
      .select({ id: cycles.id })
      .from(cycles)
      .where(and(eq(cycles.periodId, periodId), inArray(cycles.personId, personIds)));
    await db
      .update(documents)
      .set({ status: "approved", version: 2 })
      .where(
        and(
          inArray(
            documents.cycleId,
            ids.map((c) => c.id),
          ),
          eq(documents.kind, "plan"),
        ),
      );
  };
  // Alternate by name (Ani past, Bayu current, …): whichever period walks first, a page that stops
  // after one period's walk misses the other's next name.
  const byName = [...names].sort();
  const inPast = teachers.filter((_, i) => byName.indexOf(names[i] as string) % 2 === 0);
  await approve(pastId, inPast);
  await approve(
    currentId,
    teachers.filter((id) => !inPast.includes(id)),
  );
  ks = await signIn(t.app, w.ksA.username as string, TEST_PASSWORD);
});
afterAll(() => t.close());

describe("the planning queue over two periods", () => {
  it("holds both periods, and one rank's rows of both in name order", async () => {
    const all = await onePage<Item>(ks, url, "items");
    expect(new Set(all.map((i) => i.periodId))).toEqual(new Set([pastId, currentId]));
    const approved = all.filter((i) => i.status === "approved");
    expect(approved.map((i) => i.name)).toEqual(["Ani", "Bayu", "Citra", "Dewi", "Eko", "Fajar", "Gita", "Hana"]);
    expect(new Set(approved.map((i) => i.periodId)).size).toBe(2);
  });

  it("walks the same rows page by page, whatever the page size", async () => {
    const all = await onePage<Item>(ks, url, "items");
    for (const limit of [1, 2, 3, 5]) {
      const walked = await walkPages<Item>(ks, url, "items", limit);
      expect(walked.map((i) => i.cycleId)).toEqual(all.map((i) => i.cycleId));
    }
  });

  it("filtered to approved plans, the first page of one row is the first name of both periods", async () => {
    const res = await ks.get(`${url}?filter=approved&limit=1`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((i: Item) => i.name)).toEqual(["Ani"]);
  });
});
