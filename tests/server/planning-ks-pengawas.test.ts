import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cycles } from "../../src/db/schema.js";
import {
  assign,
  makeDistrictWorld,
  makePerson,
  makeSchool,
  openRunningPeriod,
  TEST_PASSWORD,
} from "../helpers/factories.js";
import { type Client, createTestApp, signIn, type TestContext } from "../helpers/test-app.js";

// The KS and pengawas variants: their plans go to the Kepala Dinas side, reviewed by the Tim Kinerja.
let t: TestContext;
let w: Awaited<ReturnType<typeof makeDistrictWorld>>;
let pengawas: Awaited<ReturnType<typeof makePerson>>;
let tim: Awaited<ReturnType<typeof makePerson>>;
const schools: string[] = [];

const base = {
  lastStep: "rangkuman",
  profileConfirmed: true,
  indicatorCode: null,
  rhk: [{ code: "penggerak-komunitas-belajar", quantity: 1 }],
  noDuties: true,
  duties: [],
  behaviourNotes: {},
  schoolIds: [],
};

async function planOf(client: Client, personId: string) {
  const [c] = await t.database.db.select().from(cycles).where(eq(cycles.personId, personId));
  const res = await client.get(`/api/cycles/${c?.id}/plan`);
  expect(res.statusCode).toBe(200);
  return res.json();
}

async function saveAndSubmit(client: Client, planId: string, version: number, content: object) {
  const saved = await client.request({ method: "PUT", url: `/api/plans/${planId}`, payload: { version, content } });
  expect(saved.statusCode).toBe(200);
  return client.post(`/api/plans/${planId}/submit`, { version: saved.json().plan.version });
}

beforeAll(async () => {
  t = await createTestApp();
  w = await makeDistrictWorld(t.database.db);
  tim = await makePerson(t.database.db, { name: "Anggota Tim" });
  await assign(t.database.db, tim.id, "tim_kinerja", w.district.id);
  pengawas = await makePerson(t.database.db, { name: "Pengawas P" });
  for (let i = 0; i < 4; i++) {
    const s = await makeSchool(t.database.db, w.district.id);
    schools.push(s.id);
    await assign(t.database.db, pengawas.id, "supervisor", w.district.id, { schoolId: s.id });
  }
  await openRunningPeriod(t.database.db, w.district.id);
});
afterAll(() => t.close());

describe("kepala sekolah plan", () => {
  it("chooses a leadership indicator, not a classroom one; the Tim Kinerja approves it", async () => {
    const ks = await signIn(t.app, w.ksA.username as string, TEST_PASSWORD);
    const view = await planOf(ks, w.ksA.id);
    expect(view.cycle.track).toBe("kepala_sekolah");
    expect(view.superior.kind).toBe("head_of_district");
    const wrong = await saveAndSubmit(ks, view.plan.id, view.plan.version, {
      ...base,
      indicatorCode: "umpan-balik-konstruktif",
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().details).toEqual([{ path: "praktik", message: "Pilih satu indikator." }]);
    const rules = (await ks.get(`/api/rule-sets/${view.ruleSet.id}`)).json();
    const leadership = rules.content.leadershipIndicators[1].code;
    const again = await planOf(ks, w.ksA.id);
    expect(
      (await saveAndSubmit(ks, view.plan.id, again.plan.version, { ...base, indicatorCode: leadership })).statusCode,
    ).toBe(200);

    const timClient = await signIn(t.app, tim.username as string, TEST_PASSWORD);
    const queue = (await timClient.get("/api/planning/queue")).json();
    expect(queue.items.find((i: { name: string }) => i.name === "KS A")).toMatchObject({
      status: "submitted",
      as: "tim_kinerja",
    });
    const approved = await timClient.post(`/api/plans/${view.plan.id}/approve`);
    expect(approved.json().plan).toMatchObject({ status: "approved", decidedAs: "tim_kinerja" });
  });

  it("the Kepala Dinas reviews the KS's plan as head of district", async () => {
    const kadis = await signIn(t.app, w.head.username as string, TEST_PASSWORD);
    const view = await planOf(kadis, w.ksA.id);
    expect(view.viewer.roles).toEqual(["superior"]);
    expect(view.viewer.actingAs).toBe("head_of_district");
  });
});

describe("pengawas plan", () => {
  it("names exactly 3 of their own schools", async () => {
    const p = await signIn(t.app, pengawas.username as string, TEST_PASSWORD);
    const view = await planOf(p, pengawas.id);
    expect(view.cycle.track).toBe("pengawas");
    expect(view.supervisedSchools).toHaveLength(4);
    const two = await saveAndSubmit(p, view.plan.id, view.plan.version, { ...base, schoolIds: schools.slice(0, 2) });
    expect(two.json().details).toEqual([
      { path: "praktik", message: "Pilih tepat 3 sekolah binaan untuk didampingi." },
    ]);
    const foreign = await planOf(p, pengawas.id);
    const notMine = await saveAndSubmit(p, view.plan.id, foreign.plan.version, {
      ...base,
      schoolIds: [schools[0], schools[1], w.schoolA.id],
    });
    expect(notMine.statusCode).toBe(400);
    const ok = await planOf(p, pengawas.id);
    expect(
      (await saveAndSubmit(p, view.plan.id, ok.plan.version, { ...base, schoolIds: schools.slice(0, 3) })).json().plan
        .status,
    ).toBe("submitted");
  });
});
