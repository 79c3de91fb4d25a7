import { eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { cycles } from "../../src/db/schema.js";
import { fixedClock } from "../../src/server/core/clock.js";
import { openPeriod } from "../../src/server/periods/open-period.js";
import { refreshRunningPeriods } from "../../src/server/periods/refresh-superiors.js";
import { assign, makeDistrictWorld, makePerson, TEST_PASSWORD } from "../helpers/factories.js";
import { queueDrift } from "../helpers/queue-entries.js";
import { tallyMismatches } from "../helpers/tallies.js";
import { createTestApp, signIn, type TestContext } from "../helpers/test-app.js";

const NOW = new Date("2026-03-10T03:00:00Z"); // 10:00 WIB
let t: TestContext;
let w: Awaited<ReturnType<typeof makeDistrictWorld>>;
let tim: Awaited<ReturnType<typeof makePerson>>;

const cycleOf = async (personId: string) =>
  (await t.database.db.select().from(cycles).where(eq(cycles.personId, personId)))[0];
/** Row versions of a cycle's Tim Kinerja rows: they change whenever the rows are rewritten. */
const assessorVersions = async (cycleId: string) =>
  (
    await t.database.db.execute<{ v: string }>(
      sql`select xmin::text as v from cycle_assessors where cycle_id = ${cycleId} order by person_id`,
    )
  ).rows.map((r) => r.v);

beforeAll(async () => {
  t = await createTestApp({}, fixedClock(NOW));
  w = await makeDistrictWorld(t.database.db);
  tim = await makePerson(t.database.db, { name: "Tim Kinerja" });
  await assign(t.database.db, tim.id, "tim_kinerja", w.district.id);
  await openPeriod({
    db: t.database.db,
    actorId: null,
    actingAs: "test",
    districtId: w.district.id,
    templateCode: "2025-annual",
    name: "Periode 2026",
    now: NOW,
    windows: {
      startsOn: "2026-01-01",
      endsOn: "2026-12-31",
      planningOpensOn: "2026-01-01",
      planningClosesOn: "2026-03-31",
      executionOpensOn: "2026-04-01",
      executionClosesOn: "2026-11-14",
      assessmentOpensOn: "2026-11-15",
      assessmentClosesOn: "2026-12-31",
    },
  });
});
afterAll(() => t.close());
// Opening, extending and refreshing keep the period page's trigger-kept counts true.
afterEach(async () => expect(await tallyMismatches(t.database.db)).toEqual([]));

describe("an assignment change refreshes only the cycles it can move", () => {
  it("a Plt for school B becomes guru B's atasan; KS A's cycle and its Tim Kinerja rows are not rewritten", async () => {
    const ksCycle = await cycleOf(w.ksA.id);
    expect(ksCycle?.superiorId).toBe(w.head.id);
    const versions = await assessorVersions(ksCycle?.id as string);
    expect(versions).toHaveLength(1);

    const plt = await makePerson(t.database.db, { name: "Plt B" });
    await assign(t.database.db, plt.id, "teacher", w.district.id, { schoolId: w.schoolB.id });
    const admin = await signIn(t.app, w.admin.username as string, TEST_PASSWORD);
    const res = await admin.post("/api/admin/assignments", {
      personId: plt.id,
      kind: "principal",
      districtId: w.district.id,
      schoolId: w.schoolB.id,
      acting: true,
      startsOn: "2026-03-01",
      endsOn: "2026-03-10",
    });
    expect(res.statusCode).toBe(200);
    expect(await cycleOf(w.guruB.id)).toMatchObject({ superiorId: plt.id, superiorKind: "acting_principal" });
    expect((await cycleOf(w.ksA.id))?.updatedAt).toEqual(ksCycle?.updatedAt);
    expect(await assessorVersions(ksCycle?.id as string)).toEqual(versions);
  });

  it("the hourly run ends the Plt's term at the district's midnight, not at 07:00 WIB", async () => {
    // 23:30 WIB on the 10th: the Plt still acts.
    await refreshRunningPeriods(t.database.db, new Date("2026-03-10T16:30:00Z"));
    expect((await cycleOf(w.guruB.id))?.superiorKind).toBe("acting_principal");
    // 00:30 WIB on the 11th (still the 10th by the UTC date): school B has no KS any more.
    await refreshRunningPeriods(t.database.db, new Date("2026-03-10T17:30:00Z"));
    expect(await cycleOf(w.guruB.id)).toMatchObject({ superiorId: null, superiorKind: null });
  });
});

describe("the queues' index", () => {
  it("matches the cycles, their atasan and their Tim Kinerja after all of the above", async () => {
    expect(await queueDrift(t.database.db)).toEqual([]);
  });
});
