import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDashboardWorld, type DashboardWorld } from "../helpers/dashboard-world.js";
import { TEST_PASSWORD } from "../helpers/factories.js";
import { type Client, createTestApp, signIn, statementsSoFar, type TestContext } from "../helpers/test-app.js";

// The KS dashboard (issue 10 §4.1): the teachers the KS assesses today, by phase, plan status and
// practice stage, with who acts; planning overdue as the queue judges it; what waits on the KS.

let t: TestContext;
let w: DashboardWorld;
const as = (username: string | null) => signIn(t.app, username as string, TEST_PASSWORD);
const url = "/api/dashboard/school";

beforeAll(async () => {
  t = await createTestApp();
  w = await buildDashboardWorld(t.database.db);
});
afterAll(() => t.close());

describe("the KS's dashboard of their school", () => {
  let ks: Client;
  beforeAll(async () => {
    ks = await as(w.ksA.username);
  });

  it("counts the eight teachers of SD Alpha by phase and plan status (the KS's own cycle is not theirs)", async () => {
    const res = await ks.get(url);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.school).toEqual({ id: w.schoolA.id, name: "SD Alpha" });
    expect(body.period.id).toBe(w.periodId);
    expect(body.periods.map((p: { id: string }) => p.id)).toEqual([w.periodId]);
    expect(body.total).toBe(8);
    expect(body.byPhase).toEqual({ perencanaan: 6, pelaksanaan: 2, penilaian: 0, selesai: 0 });
    expect(body.byPlanStatus).toEqual({ not_started: 2, draft: 2, returned: 0, submitted: 1, approved: 1, agreed: 2 });
  });

  it("places the agreed plans at their practice stage with who acts: Eka writes, Fajar's waits on the KS", async () => {
    const body = (await ks.get(url)).json();
    const at = (place: string) => body.practice.find((p: { place: string }) => p.place === place);
    expect(at("persiapan")).toEqual({ place: "persiapan", owner: 1, superior: 1, nobody: 0 });
    const placed = body.practice.reduce(
      (s: number, p: { owner: number; superior: number; nobody: number }) => s + p.owner + p.superior + p.nobody,
      0,
    );
    expect(placed).toBe(2);
    expect(body.awaitingSuperior).toEqual({
      count: 1,
      first: [{ cycleId: w.fajarCycle, name: "Fajar", stages: ["persiapan"] }],
    });
  });

  it("lists planning overdue as the queue does: unfinished after the close, Gita's extension respected", async () => {
    const body = (await ks.get(url)).json();
    expect(body.planningOverdue.count).toBe(4);
    expect(body.planningOverdue.first.map((r: { name: string }) => r.name)).toEqual(["Ani", "Budi", "Citra", "Guru A"]);
    const queue = (await ks.get("/api/planning/queue?filter=overdue&track=guru")).json();
    expect(queue.items.map((i: { name: string }) => i.name).sort()).toEqual(["Ani", "Budi", "Citra", "Guru A"]);
  });

  it("answers the same when the school and period are named, and 404 for another district's period", async () => {
    const named = await ks.get(`${url}?schoolId=${w.schoolA.id}&periodId=${w.periodId}`);
    expect(named.statusCode).toBe(200);
    expect(named.json().total).toBe(8);
    expect((await ks.get(`${url}?schoolId=${w.schoolA.id}&periodId=${w.periodB}`)).statusCode).toBe(404);
  });

  it("costs the session and one statement, however many teachers", async () => {
    await ks.get(url);
    const before = statementsSoFar();
    expect((await ks.get(url)).statusCode).toBe(200);
    expect(statementsSoFar() - before).toBe(2);
  });
});

describe("who sees a school's dashboard", () => {
  it("a Plt within their dates: their school's teachers, never their own cycle", async () => {
    const body = (await (await as(w.people.pltIn.username)).get(url)).json();
    expect(body.school.name).toBe("SD Delima");
    expect(body.total).toBe(2);
  });

  it("the definitive KS beside an appointed Plt assesses nobody today: zeros, not their teachers", async () => {
    const res = await (await as(w.people.ksD.username)).get(url);
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBe(0);
    expect(res.json().planningOverdue).toEqual({ count: 0, first: [] });
  });

  it("refuses a Plt whose term ended, a guru, a KS of another school, the Tim Kinerja, the Kepala Dinas and the admin", async () => {
    const pltOut = await as(w.people.pltOut.username);
    expect((await pltOut.get(url)).statusCode).toBe(403);
    expect((await pltOut.get(`${url}?schoolId=${w.schoolC.id}`)).statusCode).toBe(403);
    expect((await (await as(w.guruA.username)).get(url)).statusCode).toBe(403);
    expect((await (await as(w.ksA.username)).get(`${url}?schoolId=${w.schoolB.id}`)).statusCode).toBe(403);
    expect((await (await as(w.ksA.username)).get(`${url}?schoolId=${w.schoolD.id}`)).statusCode).toBe(403);
    for (const who of [w.people.tim, w.head, w.admin, w.operatorA]) {
      const client = await as(who.username);
      expect((await client.get(url)).statusCode, who.name).toBe(403);
      expect((await client.get(`${url}?schoolId=${w.schoolA.id}`)).statusCode, who.name).toBe(403);
    }
  });
});
