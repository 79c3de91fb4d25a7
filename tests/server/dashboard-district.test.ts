import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDashboardWorld, type DashboardWorld } from "../helpers/dashboard-world.js";
import { TEST_PASSWORD } from "../helpers/factories.js";
import { type Client, createTestApp, signIn, statementsSoFar, type TestContext } from "../helpers/test-app.js";

// The district dashboard (issue 10 §4.2): every school's progress, the largest first a page at a
// time, and the indicators chosen, for the district's admin and Kepala Dinas only.

let t: TestContext;
let w: DashboardWorld;
let head: Client;
const as = (username: string | null) => signIn(t.app, username as string, TEST_PASSWORD);
const url = "/api/dashboard/district";

type School = { schoolId: string; name: string; total: number; byPhase: object; byPlanStatus: object };
type Indicator = { code: string; name: string; agreed: number; submitted: number };

beforeAll(async () => {
  t = await createTestApp();
  w = await buildDashboardWorld(t.database.db);
  head = await as(w.head.username);
});
afterAll(() => t.close());

describe("the district's progress", () => {
  it("totals every cycle of the period by phase and plan status", async () => {
    const res = await head.get(url);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.district).toEqual({ id: w.district.id, name: w.district.name });
    expect(body.period.id).toBe(w.periodId);
    expect(body.totals).toEqual({
      total: 17,
      byPhase: { perencanaan: 14, pelaksanaan: 3, penilaian: 0, selesai: 0 },
      byPlanStatus: { not_started: 9, draft: 2, returned: 0, submitted: 2, approved: 1, agreed: 3 },
    });
  });

  it("lists the schools largest first, each with its own counts", async () => {
    const body = (await head.get(url)).json();
    expect(body.schools.matching).toBe(4);
    expect(body.schools.nextCursor).toBeNull();
    const items = body.schools.items as School[];
    expect(items.map((s) => [s.name, s.total])).toEqual([
      ["SD Alpha", 9],
      ["SD Delima", 4],
      ["SD Beta", 2],
      ["SD Cempaka", 2],
    ]);
    expect(items[0]?.byPlanStatus).toEqual({
      not_started: 2,
      draft: 2,
      returned: 0,
      submitted: 2,
      approved: 1,
      agreed: 2,
    });
    expect(items[2]?.byPhase).toEqual({ perencanaan: 1, pelaksanaan: 1, penilaian: 0, selesai: 0 });
  });

  it("pages by size with a cursor: every school once, in order, and searches by name or NPSN", async () => {
    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await head.get(`${url}?limit=1${cursor ? `&cursor=${cursor}` : ""}`);
      const page = res.json() as { totals: { total: number }; schools: { items: School[]; nextCursor: string | null } };
      expect(page.schools.items).toHaveLength(1);
      expect(page.totals.total).toBe(17);
      walked.push(page.schools.items[0]?.name ?? "");
      cursor = page.schools.nextCursor;
    } while (cursor);
    expect(walked).toEqual(["SD Alpha", "SD Delima", "SD Beta", "SD Cempaka"]);
    const found = (await head.get(`${url}?q=delima`)).json();
    expect(found.schools.matching).toBe(1);
    expect(found.schools.items.map((s: School) => s.name)).toEqual(["SD Delima"]);
    // The totals stay the district's: the search narrows the list only.
    expect(found.totals.total).toBe(17);
    const byNpsn = (await head.get(`${url}?q=${w.schoolC.npsn}`)).json();
    expect(byNpsn.schools.items.map((s: School) => s.name)).toEqual(["SD Cempaka"]);
    expect((await head.get(`${url}?cursor=bukan-penanda`)).statusCode).toBe(400);
  });

  it("counts the indicators of handed-in plans, named by the rule set; a draft's choice does not count", async () => {
    const body = (await head.get(url)).json();
    const practice = body.indicators.practice as Indicator[];
    expect(practice).toHaveLength(8);
    expect(practice.find((i) => i.code === "umpan-balik-konstruktif")).toEqual({
      code: "umpan-balik-konstruktif",
      name: "Umpan balik konstruktif",
      agreed: 2,
      submitted: 1,
    });
    expect(practice.find((i) => i.code === "aktivitas-interaktif")).toMatchObject({ agreed: 1, submitted: 1 });
    expect(practice.find((i) => i.code === "keteraturan-suasana-kelas")).toMatchObject({ agreed: 0, submitted: 0 });
    const leadership = body.indicators.leadership as Indicator[];
    expect(leadership.find((i) => i.code === "presentasi-visi-misi")).toMatchObject({ agreed: 0, submitted: 1 });
  });

  it("is the same for the district admin, with the period named", async () => {
    const admin = await as(w.admin.username);
    const mine = (await admin.get(`${url}?periodId=${w.periodId}`)).json();
    const heads = (await head.get(url)).json();
    expect(mine).toEqual(heads);
  });

  it("costs at most three statements after the session, however many schools", async () => {
    await head.get(url);
    const before = statementsSoFar();
    expect((await head.get(`${url}?q=sd&limit=2`)).statusCode).toBe(200);
    // The header, the counts; the rule set is read once per process.
    expect(statementsSoFar() - before).toBe(3);
  });
});

describe("who sees a district's dashboard", () => {
  it("another district's admin sees their own district, never district A's period", async () => {
    const adminB = await as(w.people.adminB.username);
    const own = await adminB.get(url);
    expect(own.statusCode).toBe(200);
    expect(own.json().period.id).toBe(w.periodB);
    expect(own.json().totals.total).toBe(1);
    expect((await adminB.get(`${url}?periodId=${w.periodId}`)).statusCode).toBe(403);
  });

  it("refuses the Tim Kinerja, a KS, a Plt, a guru and the operator, with or without a period", async () => {
    for (const who of [w.people.tim, w.ksA, w.people.pltIn, w.guruA, w.operatorA]) {
      const client = await as(who.username);
      expect((await client.get(url)).statusCode, who.name).toBe(403);
      expect((await client.get(`${url}?periodId=${w.periodId}`)).statusCode, who.name).toBe(403);
    }
  });
});
