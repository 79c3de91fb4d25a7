import { and, eq, ne } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, cycles, documentRevisions, documents, notifications, periods } from "../../src/db/schema.js";
import { addDays } from "../../src/domain/cycles/phase.js";
import { testToday } from "../helpers/clock.js";
import {
  assign,
  makeDistrictWorld,
  makePerson,
  makeSchool,
  openRunningPeriod,
  TEST_PASSWORD,
} from "../helpers/factories.js";
import { COMPLETE_GURU_PLAN } from "../helpers/plan-content.js";
import { tallyMismatches } from "../helpers/tallies.js";
import { type Client, createTestApp, signIn, type TestContext } from "../helpers/test-app.js";

// Praktik Kinerja for a guru and their KS (DOMAIN.md §4): the stages open one after the other,
// only after the plan is agreed and inside the pelaksanaan window.

/** The practice documents stored (every cycle also has its plan, a document of kind "plan"). */
const practiceDocuments = () => t.database.db.select().from(documents).where(ne(documents.kind, "plan"));

let t: TestContext;
let w: Awaited<ReturnType<typeof makeDistrictWorld>>;
let guru: Client;
let ks: Client;
let otherGuru: Client;
let operator: Client;
let cycleId: string;
let periodId: string;
let pltC: { id: string; username: string; schoolId: string; guruId: string };
const today = testToday();

const PERSIAPAN = {
  targets: [{ code: "umpan-balik-spesifik", upaya: "Membaca modul umpan balik dan berlatih di kelas VII A." }],
  schedule: { date: addDays(today, 3), time: "09:00", className: "VII A", subject: "Matematika", place: "Ruang 7" },
  files: [],
  proposedSchedule: null,
};

const url = (kind: string, action?: string) =>
  `/api/cycles/${cycleId}/documents/${kind}${action ? `/actions/${action}` : ""}`;
const view = async (client: Client) => {
  const res = await client.get(`/api/cycles/${cycleId}/practice`);
  expect(res.statusCode).toBe(200);
  return res.json();
};
const doc = (v: { documents: { kind: string }[] }, kind: string) =>
  v.documents.find((d) => d.kind === kind) as unknown as {
    id: string | null;
    status: string;
    version: number;
    content: Record<string, unknown>;
    visible: boolean;
    actions: string[];
    pen: unknown;
    problems: { code: string }[];
  };
const save = (client: Client, kind: string, version: number, content: unknown) =>
  client.request({ method: "PUT", url: url(kind), payload: { version, content } });

beforeAll(async () => {
  t = await createTestApp();
  w = await makeDistrictWorld(t.database.db);
  // School C: a teacher whose Plt's term ended yesterday (cycles are made when the period opens).
  const schoolC = await makeSchool(t.database.db, w.district.id);
  const guruC = await makePerson(t.database.db, { name: "Guru C" });
  await assign(t.database.db, guruC.id, "teacher", w.district.id, { schoolId: schoolC.id });
  const plt = await makePerson(t.database.db, { name: "Plt C" });
  await assign(t.database.db, plt.id, "teacher", w.district.id, { schoolId: schoolC.id });
  await assign(t.database.db, plt.id, "principal", w.district.id, {
    schoolId: schoolC.id,
    acting: true,
    startsOn: addDays(today, -30),
    endsOn: addDays(today, -1),
  });
  pltC = { id: plt.id, username: plt.username as string, schoolId: schoolC.id, guruId: guruC.id };
  const op = await openRunningPeriod(t.database.db, w.district.id);
  periodId = op.periodId;
  const [c] = await t.database.db.select().from(cycles).where(eq(cycles.personId, w.guruA.id));
  cycleId = c?.id as string;
  guru = await signIn(t.app, w.guruA.username as string, TEST_PASSWORD);
  ks = await signIn(t.app, w.ksA.username as string, TEST_PASSWORD);
  otherGuru = await signIn(t.app, w.guruB.username as string, TEST_PASSWORD);
  operator = await signIn(t.app, w.operatorA.username as string, TEST_PASSWORD);
});
afterAll(() => t.close());
// Every step of the flow keeps the period page's trigger-kept counts true.
afterEach(async () => expect(await tallyMismatches(t.database.db)).toEqual([]));

describe("before the plan is agreed and the window opens", () => {
  it("every stage is locked and nothing can be written", async () => {
    const v = await view(guru);
    expect(v.stages.stages.map((s: { state: string }) => s.state)).toEqual(Array(7).fill("locked"));
    expect(doc(v, "persiapan").actions).toEqual([]);
    const res = await save(guru, "persiapan", 0, PERSIAPAN);
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain("belum terbuka");
    // Nor can the KS rate a practice that is not done: the penilaian is locked too.
    expect((await save(ks, "penilaian", 0, {})).statusCode).toBe(409);
    expect((await ks.post(`/api/cycles/${cycleId}/documents/penilaian/actions/rate`, { version: 0 })).statusCode).toBe(
      409,
    );
    expect(await practiceDocuments()).toHaveLength(0);
  });

  it("opens persiapan once the plan is agreed and pelaksanaan has begun", async () => {
    const plan = (await guru.get(`/api/cycles/${cycleId}/plan`)).json().plan;
    const saved = await guru.request({
      method: "PUT",
      url: `/api/plans/${plan.id}`,
      payload: { version: plan.version, content: COMPLETE_GURU_PLAN },
    });
    await guru.post(`/api/plans/${plan.id}/submit`, { version: saved.json().plan.version });
    await ks.post(`/api/plans/${plan.id}/approve`);
    expect((await guru.post(`/api/plans/${plan.id}/agree`)).json().plan.status).toBe("agreed");
    // Agreed, but pelaksanaan opens after planning closes: still locked.
    expect((await view(guru)).stages.windowState).toBe("not_open");
    expect(doc(await view(guru), "persiapan").actions).toEqual([]);
    await t.database.db.update(periods).set({ executionOpensOn: today }).where(eq(periods.id, periodId));
    const v = await view(guru);
    expect(v.stages).toMatchObject({ windowState: "open", current: "persiapan", nextActor: "owner" });
    expect(v.indicator.code).toBe("umpan-balik-konstruktif");
    expect(doc(v, "persiapan")).toMatchObject({ id: null, status: "draft", version: 0, actions: ["submit"] });
  });
});

describe("the five stages", () => {
  it("persiapan: the guru writes and hands it in once; the KS confirms the schedule", async () => {
    const bad = await save(guru, "persiapan", 0, {
      ...PERSIAPAN,
      schedule: { ...PERSIAPAN.schedule, date: "2026-02-30" },
    });
    expect(bad.statusCode).toBe(400);
    expect(await practiceDocuments()).toHaveLength(0);
    const first = await save(guru, "persiapan", 0, PERSIAPAN);
    expect(first.statusCode).toBe(200);
    expect(first.json().document).toMatchObject({ status: "draft", version: 1, problems: [] });
    expect(first.json().document.id).toMatch(/^[0-9a-f-]{36}$/);
    // A second tab still on version 0 is refused and changes nothing.
    expect((await save(guru, "persiapan", 0, { ...PERSIAPAN, files: [] })).statusCode).toBe(409);
    // The KS cannot write the guru's targets, nor confirm a draft.
    expect((await save(ks, "persiapan", 1, PERSIAPAN)).statusCode).toBe(409);
    expect((await ks.post(url("persiapan", "confirmSchedule"), { version: 1 })).statusCode).toBe(409);
    const submits = await Promise.all([1, 2, 3].map(() => guru.post(url("persiapan", "submit"), { version: 1 })));
    expect(submits.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    expect(submits[0]?.json().document.status).toBe("submitted");
    // The KS's upcoming observations: the time still to confirm, also as a calendar file.
    const upcoming = (await ks.get("/api/practice/observations")).json().items;
    expect(upcoming).toMatchObject([{ cycleId, name: "Guru A", confirmed: false, date: PERSIAPAN.schedule.date }]);
    const ics = await ks.get("/api/practice/observations.ics");
    expect(ics.headers["content-type"]).toContain("text/calendar");
    expect(ics.body).toContain("BEGIN:VEVENT");
    expect(ics.body).toContain("SUMMARY:Observasi: Guru A");
    expect(ics.body).toContain(`DTSTART:${PERSIAPAN.schedule.date.replaceAll("-", "")}T090000`);
    // Nobody else's calendar shows it.
    expect((await otherGuru.get("/api/practice/observations")).json().items).toEqual([]);
    // One secret feed per KS for a calendar app, without a session; a new one replaces the old.
    expect((await ks.get("/api/practice/calendar-feed")).json()).toMatchObject({ active: false, url: null });
    const feed = (await ks.post("/api/practice/calendar-feed", {})).json();
    expect(feed.url).toMatch(/\/api\/feeds\/[A-Za-z0-9_-]{32}\/observasi\.ics$/);
    const path = (u: string) => new URL(u).pathname;
    const fed = await t.app.inject({ method: "GET", url: path(feed.url) });
    expect(fed.statusCode).toBe(200);
    expect(fed.headers["content-type"]).toContain("text/calendar");
    expect(fed.body).toContain("SUMMARY:Observasi: Guru A");
    expect((await ks.get("/api/practice/calendar-feed")).json()).toMatchObject({ active: true, url: null });
    const second = (await ks.post("/api/practice/calendar-feed", {})).json();
    expect((await t.app.inject({ method: "GET", url: path(feed.url) })).statusCode).toBe(404);
    expect((await t.app.inject({ method: "GET", url: path(second.url) })).statusCode).toBe(200);
    // Another guru's own feed holds nobody else's observations.
    const theirs = (await otherGuru.post("/api/practice/calendar-feed", {})).json();
    const theirFeed = await t.app.inject({ method: "GET", url: path(theirs.url) });
    expect(theirFeed.body).not.toContain("BEGIN:VEVENT");
    // A malformed token is a 400, an unknown one a 404; a stopped feed answers nothing.
    expect((await t.app.inject({ method: "GET", url: "/api/feeds/pendek/observasi.ics" })).statusCode).toBe(400);
    expect((await t.app.inject({ method: "GET", url: `/api/feeds/${"x".repeat(32)}/observasi.ics` })).statusCode).toBe(
      404,
    );
    expect((await ks.request({ method: "DELETE", url: "/api/practice/calendar-feed" })).statusCode).toBe(200);
    expect((await t.app.inject({ method: "GET", url: path(second.url) })).statusCode).toBe(404);
    const confirmed = await ks.post(url("persiapan", "confirmSchedule"), { version: 1 });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().stages).toMatchObject({ current: "observasi", nextActor: "superior" });
    expect((await ks.get("/api/practice/observations")).json().items[0].confirmed).toBe(true);
    const events = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "document"), eq(auditEvents.action, "persiapan_submitted")));
    expect(events).toHaveLength(1);
    expect(events[0]?.entityId).toBe(first.json().document.id);
    const told = await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.personId, w.ksA.id), eq(notifications.kind, "practice_submitted")));
    expect(told).toHaveLength(1);
    // A new time after the confirmation goes back to the KS; the KS is told and confirms again.
    const later = { ...PERSIAPAN, schedule: { ...PERSIAPAN.schedule, date: addDays(today, 4) } };
    const moved = await save(guru, "persiapan", 1, later);
    expect(moved.json()).toMatchObject({
      document: { status: "submitted", version: 2 },
      stages: { current: "persiapan" },
    });
    const toldAgain = await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.personId, w.ksA.id), eq(notifications.kind, "practice_submitted")));
    expect(toldAgain).toHaveLength(2);
    expect((await ks.post(url("persiapan", "confirmSchedule"), { version: 2 })).json().document.status).toBe(
      "scheduled",
    );
  });

  it("observasi: the KS's notes stay theirs until finished; then the guru reads them", async () => {
    const rating = {
      targets: {
        "umpan-balik-spesifik": {
          rating: "belum_efektif",
          evidence: "Guru memberi umpan balik umum; murid bertanya ulang.",
          recommendation: "Sebutkan bagian yang sudah baik dan langkah berikutnya.",
          avoidSeen: [],
        },
      },
      followUpRating: null,
      followUpNote: "",
    };
    expect((await save(guru, "observasi", 0, rating)).statusCode).toBe(403);
    // What is missing names the target perilaku by its title, as the rubric does.
    const missing = doc(await view(ks), "observasi").problems as unknown as { message: string }[];
    expect(missing[0]?.message).toContain("Memberikan umpan balik yang spesifik");
    const saved = await save(ks, "observasi", 0, rating);
    expect(saved.statusCode).toBe(200);
    const guruView = doc(await view(guru), "observasi");
    expect(guruView).toMatchObject({ status: "draft", visible: false, problems: [] });
    expect(JSON.stringify(guruView.content)).not.toContain("umpan balik umum");
    // The persiapan is frozen from now on.
    const frozen = await save(guru, "persiapan", 1, PERSIAPAN);
    expect(frozen.statusCode).toBe(409);
    expect(frozen.json().message).toContain("Observasi sudah dimulai");
    const finished = await ks.post(url("observasi", "finish"), { version: 1 });
    expect(finished.json().document.status).toBe("observed");
    expect(doc(await view(guru), "observasi")).toMatchObject({ visible: true, status: "observed" });
    // The follow-up rating is what opens the guru's tindak lanjut.
    const early = await ks.post(url("observasi", "rateFollowUp"), { version: 1 });
    expect(early.statusCode).toBe(400);
    const rated = await save(ks, "observasi", 1, { ...rating, followUpRating: "sadar_kesulitan" });
    const done = await ks.post(url("observasi", "rateFollowUp"), { version: rated.json().document.version });
    expect(done.json().stages).toMatchObject({ current: "tindak_lanjut", nextActor: "owner" });
  });

  it("tindak lanjut: handed in once; reopened only on request, decided by the KS, the old version kept", async () => {
    const content = {
      challenges: "Murid belum terbiasa menerima umpan balik yang spesifik.",
      learning: {
        goal: "Memberi umpan balik yang menyebut langkah berikutnya.",
        effort: "Mengikuti webinar dan berlatih di kelas.",
        schedule: [{ date: addDays(today, 5), action: "Webinar umpan balik" }],
        support: "Diskusi dengan kepala sekolah.",
        mode: "webinar",
        otherMode: "",
      },
    };
    const saved = await save(guru, "tindak_lanjut", 0, content);
    expect(saved.statusCode).toBe(200);
    const version = saved.json().document.version;
    const twice = await Promise.all([1, 2].map(() => guru.post(url("tindak_lanjut", "submit"), { version })));
    expect(twice.map((r) => r.statusCode)).toEqual([200, 200]);
    const handedIn = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "tindak_lanjut_submitted"));
    expect(handedIn).toHaveLength(1);
    // No change after hand-in except through a reopen; asking needs a reason.
    expect((await save(guru, "tindak_lanjut", version, { ...content, challenges: "Lain" })).statusCode).toBe(409);
    const reopenUrl = `/api/cycles/${cycleId}/documents/tindak_lanjut/reopen-requests`;
    expect((await guru.post(reopenUrl, { reason: "salah" })).statusCode).toBe(400);
    expect((await ks.post(reopenUrl, { reason: "Saya ingin mengubah jadwal belajar." })).statusCode).toBe(403);
    expect((await otherGuru.post(reopenUrl, { reason: "Saya ingin mengubah jadwal belajar." })).statusCode).toBe(403);
    const asked = await guru.post(reopenUrl, { reason: "Jadwal webinar berubah, saya perlu memperbaruinya." });
    expect(asked.statusCode).toBe(200);
    const again = await guru.post(reopenUrl, { reason: "Jadwal webinar berubah, saya perlu memperbaruinya." });
    expect(again.statusCode).toBe(409);
    const ksDoc = doc(await view(ks), "tindak_lanjut") as unknown as {
      id: string;
      reopenRequests: { id: string; status: string }[];
    };
    expect(ksDoc.reopenRequests).toMatchObject([{ status: "pending" }]);
    expect(doc(await view(guru), "tindak_lanjut").actions).not.toContain("requestReopen");
    const [notice] = await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.personId, w.ksA.id), eq(notifications.kind, "reopen_requested")));
    expect(notice).toMatchObject({ link: `/praktik/${cycleId}`, data: { document: "tindak_lanjut" } });
    const requestId = ksDoc.reopenRequests[0]?.id as string;
    // Only the atasan (or admin) decides; the guru cannot approve their own request.
    const decideUrl = `/api/reopen-requests/${requestId}/decision`;
    expect((await guru.post(decideUrl, { approve: true, note: "" })).statusCode).toBe(403);
    expect((await otherGuru.post(decideUrl, { approve: true, note: "" })).statusCode).toBe(403);
    const decided = await ks.post(decideUrl, { approve: true, note: "Silakan perbarui jadwalnya." });
    expect(decided.statusCode).toBe(200);
    expect(decided.json()).toMatchObject({ status: "approved", decisionNote: "Silakan perbarui jadwalnya." });
    expect((await ks.post(decideUrl, { approve: true, note: "" })).statusCode).toBe(409);
    const reopened = doc(await view(guru), "tindak_lanjut") as unknown as {
      status: string;
      revision: number;
      reopenRequests: { status: string }[];
    };
    expect(reopened).toMatchObject({ status: "draft", revision: 2, reopenRequests: [{ status: "approved" }] });
    const [archived] = await t.database.db
      .select()
      .from(documentRevisions)
      .where(eq(documentRevisions.documentId, ksDoc.id));
    expect(archived).toMatchObject({ revision: 1, status: "submitted" });
    expect(archived?.content).toMatchObject({ challenges: content.challenges });
    const told = await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.personId, w.guruA.id), eq(notifications.kind, "reopen_decided")));
    expect(told).toMatchObject([{ data: { decision: "approved", document: "tindak_lanjut" } }]);
    // The KS's reopen told the guru once (the decision), not twice.
    const responded = await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.personId, w.guruA.id), eq(notifications.kind, "practice_responded")));
    expect(responded.filter((n) => n.data.document === "tindak_lanjut")).toHaveLength(0);
  });
});

describe("denials", () => {
  it("another guru, the operator and a KS of another school cannot read or write", async () => {
    const ksB = await makePerson(t.database.db, { name: "KS B" });
    await assign(t.database.db, ksB.id, "principal", w.district.id, { schoolId: w.schoolB.id });
    const otherKs = await signIn(t.app, ksB.username as string, TEST_PASSWORD);
    for (const client of [otherGuru, operator, otherKs]) {
      expect((await client.get(`/api/cycles/${cycleId}/practice`)).statusCode).toBe(403);
      expect((await save(client, "tindak_lanjut", 0, {})).statusCode).toBe(403);
      expect((await client.post(url("observasi", "finish"), { version: 2 })).statusCode).toBe(403);
    }
  });

  it("a Plt reads and acts only within their dates, and the record says Plt", async () => {
    const [c] = await t.database.db.select().from(cycles).where(eq(cycles.personId, pltC.guruId));
    const plt = await signIn(t.app, pltC.username, TEST_PASSWORD);
    expect((await plt.get(`/api/cycles/${c?.id}/practice`)).statusCode).toBe(403);
    await assign(t.database.db, pltC.id, "principal", w.district.id, {
      schoolId: pltC.schoolId,
      acting: true,
      startsOn: today,
      endsOn: addDays(today, 30),
    });
    const v = await plt.get(`/api/cycles/${c?.id}/practice`);
    expect(v.statusCode).toBe(200);
    expect(v.json().viewer).toMatchObject({ roles: ["superior"], actingAs: "acting_principal" });
  });

  it("an unknown action or kind is a 400, never a 500", async () => {
    expect((await guru.post(url("tindak_lanjut", "hapus"), {})).statusCode).toBe(400);
    expect((await guru.get(`/api/cycles/${cycleId}/documents/rahasia`)).statusCode).toBe(404);
    expect((await save(guru, "rahasia", 0, {})).statusCode).toBe(400);
  });
});
