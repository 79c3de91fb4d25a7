import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cycles, periods, windowExtensions } from "../../src/db/schema.js";
import { addDays } from "../../src/domain/cycles/phase.js";
import { testToday } from "../helpers/clock.js";
import { assign, makeDistrictWorld, makePerson, openRunningPeriod, TEST_PASSWORD } from "../helpers/factories.js";
import { agreeKsPlan } from "../helpers/ks-plan.js";
import { type Client, createTestApp, signIn, type TestContext } from "../helpers/test-app.js";

// A KS's own practice: a leadership indicator, an activity scheduled with the Tim Kinerja, observed
// in person, from a video, or — when no observer can come — as the KS's own catatan mandiri.

let t: TestContext;
let w: Awaited<ReturnType<typeof makeDistrictWorld>>;
let ks: Client;
let tim: Client;
let guru: Client;
let cycleId = "";
let targetCode = "";
let periodId = "";
const today = testToday();

const url = (kind: string, action?: string) =>
  `/api/cycles/${cycleId}/documents/${kind}${action ? `/actions/${action}` : ""}`;
type Doc = {
  kind: string;
  status: string;
  version: number;
  visible: boolean;
  actions: string[];
  pen: unknown;
  content: Record<string, unknown>;
};
const docOf = async (client: Client, kind: string) => {
  const res = await client.get(`/api/cycles/${cycleId}/practice`);
  expect(res.statusCode).toBe(200);
  return (res.json().documents as Doc[]).find((d) => d.kind === kind) as Doc;
};
const save = (client: Client, kind: string, version: number, content: unknown) =>
  client.request({ method: "PUT", url: url(kind), payload: { version, content } });

const persiapan = (mode: string, over: object = {}) => ({
  targets: [{ code: targetCode, upaya: "Membaca panduan rapat berbasis data bersama pengawas." }],
  schedule: {
    date: addDays(today, 2),
    time: "13:00",
    className: "",
    subject: "",
    place: "Ruang guru",
    activity: "Rapat guru membahas rapor pendidikan",
    notes: "",
  },
  files: [],
  proposedSchedule: null,
  observationMode: mode,
  videoUrl: "",
  ...over,
});
const observation = (selfAccount = "") => ({
  targets: {
    [targetCode]: {
      rating: "belum_efektif",
      evidence: "Rapat dipimpin tanpa data.",
      recommendation: "",
      avoidSeen: [],
    },
  },
  followUpRating: null,
  followUpNote: "",
  selfAccount,
});

beforeAll(async () => {
  t = await createTestApp();
  w = await makeDistrictWorld(t.database.db);
  const member = await makePerson(t.database.db, { name: "Anggota Tim" });
  await assign(t.database.db, member.id, "tim_kinerja", w.district.id);
  ({ periodId } = await openRunningPeriod(t.database.db, w.district.id));
  await t.database.db.update(periods).set({ executionOpensOn: today }).where(eq(periods.id, periodId));
  ks = await signIn(t.app, w.ksA.username as string, TEST_PASSWORD);
  tim = await signIn(t.app, member.username as string, TEST_PASSWORD);
  guru = await signIn(t.app, w.guruA.username as string, TEST_PASSWORD);
  const [c] = await t.database.db.select().from(cycles).where(eq(cycles.personId, w.ksA.id));
  cycleId = c?.id as string;
  // The KS's plan on a leadership indicator, approved by the Tim Kinerja and agreed.
  const { indicator } = await agreeKsPlan(ks, tim, cycleId);
  targetCode = indicator.targets[0]?.code as string;
});
afterAll(() => t.close());

describe("a KS's practice, observed by the Tim Kinerja", () => {
  it("shows the leadership indicator and schedules an activity, not a lesson", async () => {
    const v = (await ks.get(`/api/cycles/${cycleId}/practice`)).json();
    expect(v.indicator.targets.map((x: { code: string }) => x.code)).toContain(targetCode);
    const noActivity = persiapan("langsung", { schedule: { ...persiapan("langsung").schedule, activity: "" } });
    expect((await save(ks, "persiapan", 0, noActivity)).statusCode).toBe(200);
    const missing = (await docOf(ks, "persiapan")) as unknown as { problems: { code: string }[] };
    expect(missing.problems.map((p) => p.code)).toEqual(["practice.persiapan.scheduleActivityRequired"]);
    // The guru of the school has no business in the KS's practice.
    expect((await guru.get(`/api/cycles/${cycleId}/practice`)).statusCode).toBe(403);
  });

  it("a catatan mandiri: the KS writes and finishes it; the Tim Kinerja cannot, then rates the follow-up", async () => {
    const draft = await docOf(ks, "persiapan");
    const saved = await save(ks, "persiapan", draft.version, persiapan("catatan_mandiri"));
    expect(saved.statusCode).toBe(200);
    const submitted = await ks.post(url("persiapan", "submit"), { version: saved.json().document.version });
    expect(submitted.statusCode).toBe(200);
    const confirmed = await tim.post(url("persiapan", "confirmSchedule"), { version: saved.json().document.version });
    // A catatan mandiri waits on the KS, not on an observer.
    expect(confirmed.json().stages).toMatchObject({ current: "observasi", nextActor: "owner" });
    // …on the KS's home page and in the Tim Kinerja's list too.
    const me = (await ks.get("/api/me")).json();
    const own = me.myCycles.find((c: { cycleId: string }) => c.cycleId === cycleId);
    expect(own.nextStepKey).toBe("next.pelaksanaan.observasi.you");
    const queue = (await tim.get("/api/planning/queue")).json();
    expect(queue.items.find((i: { cycleId: string }) => i.cycleId === cycleId)?.practice).toMatchObject({
      stage: "observasi",
      nextActor: "owner",
    });

    // No observer was there: the Tim Kinerja may not write the observation or finish it.
    expect((await save(tim, "observasi", 0, observation())).statusCode).toBe(409);
    const written = await save(ks, "observasi", 0, observation("Saya memimpin rapat dengan data kehadiran murid."));
    expect(written.statusCode).toBe(200);
    expect(await docOf(tim, "observasi")).toMatchObject({ visible: false });
    const version = written.json().document.version;
    expect((await tim.post(url("observasi", "finish"), { version })).statusCode).toBe(403);
    const finished = await ks.post(url("observasi", "finish"), { version });
    expect(finished.json().document.status).toBe("observed");
    // Read by the Tim Kinerja, who gives the follow-up rating; the KS's account stays the KS's.
    const read = await docOf(tim, "observasi");
    expect(read).toMatchObject({ visible: true, pen: ["followUpRating", "followUpNote"] });
    expect(read.content.selfAccount).toContain("data kehadiran murid");
    const rated = await save(tim, "observasi", version, {
      ...observation("Diubah oleh pengamat"),
      followUpRating: "sadar_kesulitan",
    });
    expect(rated.statusCode).toBe(200);
    expect(rated.json().document.content.selfAccount).toContain("data kehadiran murid");
    const done = await tim.post(url("observasi", "rateFollowUp"), { version: rated.json().document.version });
    expect(done.json().stages).toMatchObject({ current: "tindak_lanjut", nextActor: "owner" });
  });

  it("in the Tim Kinerja's list, a closed pelaksanaan stops everyone until an extension of the district, the school or the KS", async () => {
    const db = t.database.db;
    const [period] = await db.select().from(periods).where(eq(periods.id, periodId));
    const practice = async () =>
      ((await tim.get("/api/planning/queue")).json().items as { cycleId: string; practice: unknown }[]).find(
        (i) => i.cycleId === cycleId,
      )?.practice;
    const extend = (scope: "district" | "school" | "person", more: object = {}) =>
      db
        .insert(windowExtensions)
        .values({ periodId, phase: "pelaksanaan", scope, closesOn: addDays(today, 3), reason: "Uji", ...more });
    const clear = () => db.delete(windowExtensions).where(eq(windowExtensions.periodId, periodId));
    try {
      expect(await practice()).toMatchObject({ stage: "tindak_lanjut", nextActor: "owner" });
      await db
        .update(periods)
        .set({ executionOpensOn: addDays(today, -10), executionClosesOn: addDays(today, -1) })
        .where(eq(periods.id, periodId));
      expect(await practice()).toMatchObject({ stage: "tindak_lanjut", nextActor: null });
      // Another school's extension and an extension of someone else change nothing.
      await extend("school", { schoolId: w.schoolB.id });
      await extend("person", { personId: w.guruA.id });
      expect(await practice()).toMatchObject({ nextActor: null });
      for (const scope of ["district", "school", "person"] as const) {
        await clear();
        await extend(
          scope,
          scope === "school" ? { schoolId: w.schoolA.id } : scope === "person" ? { personId: w.ksA.id } : {},
        );
        expect(await practice(), scope).toMatchObject({ stage: "tindak_lanjut", nextActor: "owner" });
      }
    } finally {
      await clear();
      await db
        .update(periods)
        .set({ executionOpensOn: period?.executionOpensOn, executionClosesOn: period?.executionClosesOn })
        .where(eq(periods.id, periodId));
    }
  });
});
