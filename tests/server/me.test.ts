import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, DEMO_PERIOD_NAME, demoAccountsIfPresent, seedDemo } from "../../src/server/demo/seed-demo.js";
import { DEMO_2026_PERIOD_NAME } from "../../src/server/demo/seed-demo-2026.js";
import { testNow } from "../helpers/clock.js";
import { createTestApp, signIn, type TestContext } from "../helpers/test-app.js";

// Runs against the demo district: the same data a new user sees after `npm start`.
let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.database.db, testNow());
});
afterAll(() => t.close());

const me = async (username: string) => (await (await signIn(t.app, username, "kinerja-demo")).get("/api/me")).json();
/** Whom one assesses: no longer in /api/me (it would grow with the district), read from the queue. */
const assesses = async (username: string) =>
  (await (await signIn(t.app, username, "kinerja-demo")).get("/api/planning/queue?limit=100")).json().items;

describe("/api/me for each demo hat", () => {
  it("guru.demo: one cycle in perencanaan with the KS as atasan, nobody to assess", async () => {
    const m = await me("guru.demo");
    expect(m.roles).toEqual(["guru"]);
    expect(m.myCycles).toHaveLength(1);
    expect(m.myCycles[0]).toMatchObject({
      track: "guru",
      phase: "perencanaan",
      windowState: "open",
      nextStepKey: "next.perencanaan.open",
      superiorName: "Siti Rahmawati, S.Pd., M.Pd.",
      superiorKind: "principal",
    });
    expect(m).not.toHaveProperty("assesses");
    expect(await assesses("guru.demo")).toEqual([]);
    expect(m.canAdmin).toBe(false);
  });

  it("kepsek.demo: own KS cycle under the Kepala Dinas, and assesses the SD teachers", async () => {
    const m = await me("kepsek.demo");
    expect(m.myCycles[0]).toMatchObject({ track: "kepala_sekolah", superiorKind: "head_of_district" });
    const list = await assesses("kepsek.demo");
    expect(list.length).toBe(10);
    expect(
      list.every(
        (a: { as: string; schoolName: string }) => a.as === "principal" && a.schoolName === "SD Negeri 1 Contoh",
      ),
    ).toBe(true);
  });

  it("plt.demo: assesses the SMP teachers as Plt; own guru cycle goes to the Kepala Dinas", async () => {
    const m = await me("plt.demo");
    expect(m.roles).toEqual(expect.arrayContaining(["guru", "plt_kepala_sekolah"]));
    expect(m.myCycles[0]).toMatchObject({ track: "guru", superiorKind: "head_of_district" });
    const list = await assesses("plt.demo");
    expect(list.length).toBe(8);
    expect(list.every((a: { as: string }) => a.as === "acting_principal")).toBe(true);
  });

  it("pengawas.demo: own pengawas cycle, and assesses the KS as Tim Kinerja", async () => {
    const m = await me("pengawas.demo");
    expect(m.myCycles[0]).toMatchObject({ track: "pengawas" });
    const list = await assesses("pengawas.demo");
    const names = list.map((a: { name: string }) => a.name);
    expect(names).toContain("Siti Rahmawati, S.Pd., M.Pd.");
    expect(names).not.toContain("Agus Wijaya, M.Pd.");
    expect(list.every((a: { as: string }) => a.as === "tim_kinerja")).toBe(true);
  });

  it("tim.demo: the Tim Kinerja member named for pengawas.demo, and for nobody else named", async () => {
    const list = await assesses("tim.demo");
    const names = list.map((a: { name: string }) => a.name);
    expect(names).toContain("Agus Wijaya, M.Pd.");
    // kepsek.demo has pengawas.demo named: the rest of the team no longer observes her.
    expect(names).not.toContain("Siti Rahmawati, S.Pd., M.Pd.");
    expect(list.every((a: { as: string }) => a.as === "tim_kinerja")).toBe(true);
  });

  it("kadis.demo: atasan of the KS, the Plt's guru cycle and the pengawas", async () => {
    const m = await me("kadis.demo");
    expect(m.myCycles).toEqual([]);
    const tracks = (await assesses("kadis.demo")).map((a: { track: string }) => a.track).sort();
    expect(tracks).toEqual(["guru", "kepala_sekolah", "pengawas"]);
  });

  it("operator.demo and dinas.demo: no cycle (non-ASN / no teaching hat), admin access", async () => {
    const op = await me("operator.demo");
    expect(op.myCycles).toEqual([]);
    expect(op.canAdmin).toBe(true);
    const dinas = await me("dinas.demo");
    expect(dinas.roles).toEqual(["admin"]);
    expect(dinas.canAdmin).toBe(true);
  });

  it("kepsek.demo's planning queue starts with plans waiting for approval", async () => {
    const ks = await signIn(t.app, "kepsek.demo", "kinerja-demo");
    const q = (await ks.get("/api/planning/queue")).json();
    expect(q.counts).toMatchObject({ submitted: 2, approved: 1, draft: 1 });
    const budi = q.items.find((i: { name: string }) => i.name === "Budi Santoso, S.Pd.");
    expect(budi?.status).toBe("not_started");
    // The KS looking at a plan does not start it.
    expect((await ks.get(`/api/cycles/${budi.cycleId}/plan`)).statusCode).toBe(200);
    const after = (await ks.get("/api/planning/queue")).json();
    expect(after.items.find((i: { name: string }) => i.name === "Budi Santoso, S.Pd.")?.status).toBe("not_started");
  });
});

describe("the demo's teachers in Praktik Kinerja", () => {
  it("shows the KS a teacher at each step, and what waits on whom", async () => {
    const ks = await signIn(t.app, "kepsek.demo", "kinerja-demo");
    const list = (await ks.get("/api/planning/queue?limit=100")).json().items as { name: string; cycleId: string }[];
    const where = async (name: string) => {
      const cycleId = list.find((a) => a.name === name)?.cycleId;
      const res = await ks.get(`/api/cycles/${cycleId}/practice`);
      expect(res.statusCode).toBe(200);
      return res.json().stages;
    };
    expect(await where("Eka Putri, S.Pd.")).toMatchObject({ current: "persiapan", nextActor: "owner" });
    expect(await where("Fajar Nugroho, S.Pd.")).toMatchObject({ current: "persiapan", nextActor: "superior" });
    expect(await where("Gita Permata, S.Pd.")).toMatchObject({ current: "observasi", nextActor: "superior" });
    expect(await where("Hadi Saputra, S.Pd.")).toMatchObject({ current: "observasi", nextActor: "superior" });
    // The queue says the same, row by row, without opening each teacher.
    const row = (name: string) =>
      (list as unknown as { name: string; practice: unknown }[]).find((a) => a.name === name);
    expect(row("Hadi Saputra, S.Pd.")?.practice).toEqual({
      stage: "observasi",
      nextActor: "superior",
      awaitingSuperior: ["observasi"],
      done: false,
    });
    expect(row("Eka Putri, S.Pd.")?.practice).toEqual({
      stage: "persiapan",
      nextActor: "owner",
      awaitingSuperior: [],
      done: false,
    });
    expect(row("Ani Suryani, S.Pd.")?.practice).toBeNull();
    // A teacher still planning has every stage locked.
    expect((await where("Ani Suryani, S.Pd.")).stages.every((s: { state: string }) => s.state === "locked")).toBe(true);
  });
});

describe("the demo's two rule sets, and its banner", () => {
  it("the main period is named by its 2025 rules; guru2026.demo plans under the 2026 rules (no points)", async () => {
    expect((await me("guru.demo")).myCycles[0].periodName).toBe(DEMO_PERIOD_NAME);
    const m = await me("guru2026.demo");
    expect(m.myCycles).toHaveLength(1);
    expect(m.myCycles[0]).toMatchObject({
      periodName: DEMO_2026_PERIOD_NAME,
      phase: "perencanaan",
      windowState: "open",
      superiorName: "Rina Marlina, S.Pd., M.Pd.",
    });
    const guru = await signIn(t.app, "guru2026.demo", DEMO_PASSWORD);
    const plan = (await guru.get(`/api/cycles/${m.myCycles[0].cycleId}/plan`)).json();
    expect(plan.ruleSet.code).toBe("2026-annual");
    expect((await assesses("kepsek2026.demo")).map((a: { name: string }) => a.name)).toContain("Taufik Hidayat, S.Pd.");
  });

  it("lists every demo account, saying which still open with the demo password", async () => {
    const before = await demoAccountsIfPresent(t.database.db);
    expect(before?.map((a) => a.username)).toEqual(expect.arrayContaining(["guru.demo", "guru2026.demo"]));
    expect(before?.every((a) => a.demoPassword)).toBe(true);
    const indah = await signIn(t.app, "indah.demo", DEMO_PASSWORD);
    const changed = await indah.post("/api/auth/password", {
      currentPassword: DEMO_PASSWORD,
      newPassword: "sandi-baru-indah-2026",
    });
    expect(changed.statusCode).toBe(200);
    const after = await demoAccountsIfPresent(t.database.db);
    expect(after?.filter((a) => !a.demoPassword).map((a) => a.username)).toEqual(["indah.demo"]);
    expect(after).toHaveLength(before?.length ?? 0);
  });
});
