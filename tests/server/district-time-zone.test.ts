import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cycles, districts } from "../../src/db/schema.js";
import { TIME_ZONES } from "../../src/domain/time/today.js";
import { fixedClock } from "../../src/server/core/clock.js";
import { openPeriod } from "../../src/server/periods/open-period.js";
import { assign, makeDistrictWorld, makePerson, TEST_PASSWORD } from "../helpers/factories.js";
import { createTestApp, signIn, type TestContext } from "../helpers/test-app.js";

// 23:30 UTC on 7 January: still the 7th by the UTC date, already the 8th in WIB, WITA and WIT.
const NOW = new Date("2026-01-07T23:30:00Z");
const windows = {
  startsOn: "2026-01-01",
  endsOn: "2026-12-31",
  planningOpensOn: "2026-01-01",
  planningClosesOn: "2026-01-07",
  executionOpensOn: "2026-02-01",
  executionClosesOn: "2026-11-14",
  assessmentOpensOn: "2026-11-15",
  assessmentClosesOn: "2026-12-31",
};

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp({}, fixedClock(NOW));
});
afterAll(() => t.close());

describe.each(TIME_ZONES)("a district in %s", (zone) => {
  let w: Awaited<ReturnType<typeof makeDistrictWorld>>;
  let plt: Awaited<ReturnType<typeof makePerson>>;
  let cycleId: string;

  beforeAll(async () => {
    const db = t.database.db;
    w = await makeDistrictWorld(db);
    await db.update(districts).set({ timeZone: zone }).where(eq(districts.id, w.district.id));
    // A Plt of school B whose term ended on the 7th: by local midnight they no longer act.
    plt = await makePerson(db, { name: "Plt Lama" });
    await assign(db, plt.id, "teacher", w.district.id, { schoolId: w.schoolB.id });
    await assign(db, plt.id, "principal", w.district.id, {
      schoolId: w.schoolB.id,
      acting: true,
      startsOn: "2025-07-01",
      endsOn: "2026-01-07",
    });
    const opened = await openPeriod({
      db,
      actorId: null,
      actingAs: "test",
      districtId: w.district.id,
      templateCode: "2026-annual",
      name: `Periode ${zone}`,
      windows,
      now: NOW,
    });
    const [c] = await db.select().from(cycles).where(eq(cycles.personId, w.guruB.id));
    expect(c?.periodId).toBe(opened.periodId);
    cycleId = c?.id as string;
  });

  it("the planning window that closed on the 7th is closed, and the plan view says today is the 8th", async () => {
    const guru = await signIn(t.app, w.guruB.username as string, TEST_PASSWORD);
    const view = (await guru.get(`/api/cycles/${cycleId}/plan`)).json();
    expect(view.cycle.today).toBe("2026-01-08");
    expect(view.cycle.windowOpen).toBe(false);
  });

  it("/api/me carries the district's date and a closed window", async () => {
    const guru = await signIn(t.app, w.guruB.username as string, TEST_PASSWORD);
    const me = (await guru.get("/api/me")).json();
    expect(me.today).toBe("2026-01-08");
    expect(me.myCycles[0].windowState).toBe("closed");
  });

  it("a Plt whose term ended on the 7th no longer wears the Plt hat, and guru B's cycle has no Plt atasan", async () => {
    const c = await signIn(t.app, plt.username as string, TEST_PASSWORD);
    const me = (await c.get("/api/me")).json();
    expect(me.roles).not.toContain("plt_kepala_sekolah");
    const [cycle] = await t.database.db.select().from(cycles).where(eq(cycles.id, cycleId));
    expect(cycle?.superiorId).not.toBe(plt.id);
  });

  it("the assignments list counts the Plt hat that ended on the 7th as ended, not current", async () => {
    const admin = await signIn(t.app, w.admin.username as string, TEST_PASSWORD);
    const url = `/api/admin/districts/${w.district.id}/assignments?kind=principal`;
    const ids = (body: { assignments: { personId: string }[] }) => body.assignments.map((a) => a.personId);
    const current = (await admin.get(url)).json();
    expect(ids(current)).not.toContain(plt.id);
    expect(current.byKind.principal).toBe(1);
    const all = (await admin.get(`${url}&state=all`)).json();
    expect(ids(all)).toContain(plt.id);
    expect(all.byKind.principal).toBe(2);
  });
});

describe("setting the district's time zone", () => {
  it("the district admin sets WIT; others are refused; only the three zones are accepted", async () => {
    const w = await makeDistrictWorld(t.database.db);
    const admin = await signIn(t.app, w.admin.username as string, TEST_PASSWORD);
    const url = `/api/admin/districts/${w.district.id}`;
    expect((await admin.get("/api/admin/districts")).json().districts[0].timeZone).toBe("Asia/Jakarta");
    const ok = await admin.patch(url, { timeZone: "Asia/Jayapura" });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().timeZone).toBe("Asia/Jayapura");
    expect((await admin.patch(url, { timeZone: "Europe/Paris" })).statusCode).toBe(400);
    const guru = await signIn(t.app, w.guruA.username as string, TEST_PASSWORD);
    expect((await guru.patch(url, { timeZone: "Asia/Makassar" })).statusCode).toBe(403);
  });

  it("the database refuses any other zone", async () => {
    const w = await makeDistrictWorld(t.database.db);
    await expect(
      t.database.db
        .update(districts)
        .set({ timeZone: "UTC" as never })
        .where(eq(districts.id, w.district.id)),
    ).rejects.toThrow();
  });
});
