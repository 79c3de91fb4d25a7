import { and, eq, ne } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cycles, documents, periods } from "../../src/db/schema.js";
import { testToday } from "../helpers/clock.js";
import {
  assign,
  makeDistrictWorld,
  makePerson,
  makeSchool,
  openRunningPeriod,
  TEST_PASSWORD,
} from "../helpers/factories.js";
import { pdfPages } from "../helpers/pdf-pages.js";
import { type Client, createTestApp, signIn, type TestContext } from "../helpers/test-app.js";

// A pengawas's practice: a diskusi persiapan on a focus school of their plan, agreed with the Tim
// Kinerja; the pendampingan's survey answered by that school's KS — and by nobody else.

let t: TestContext;
let w: Awaited<ReturnType<typeof makeDistrictWorld>>;
let pengawas: Client;
let tim: Client;
let ks: Client;
let otherKs: Client;
let cycleId = "";
const schools: string[] = [];
const today = testToday();

const url = (kind: string, action?: string) =>
  `/api/cycles/${cycleId}/documents/${kind}${action ? `/actions/${action}` : ""}`;
const view = async (client: Client) => {
  const res = await client.get(`/api/cycles/${cycleId}/practice`);
  expect(res.statusCode).toBe(200);
  return res.json();
};
const save = (client: Client, kind: string, version: number, content: unknown) =>
  client.request({ method: "PUT", url: url(kind), payload: { version, content } });

const diskusi = (focusSchoolId: string | null) => ({
  challenges: ["Guru enggan diobservasi.", "Data rapor belum dibaca.", "Waktu kunjungan terbatas."],
  focusIssue: "Pemanfaatan data rapor pendidikan dalam perencanaan sekolah.",
  focusSchoolId,
  strategy: "Pendampingan bertahap bersama kepala sekolah.",
  methods: "Kunjungan, lokakarya kecil, dan coaching.",
  feedback: "",
});

beforeAll(async () => {
  t = await createTestApp();
  w = await makeDistrictWorld(t.database.db);
  const member = await makePerson(t.database.db, { name: "Anggota Tim" });
  await assign(t.database.db, member.id, "tim_kinerja", w.district.id);
  const p = await makePerson(t.database.db, { name: "Pengawas P" });
  // The focus school will be school A (its KS answers); two more of their own.
  schools.push(w.schoolA.id);
  await assign(t.database.db, p.id, "supervisor", w.district.id, { schoolId: w.schoolA.id });
  for (let i = 0; i < 2; i++) {
    const s = await makeSchool(t.database.db, w.district.id);
    schools.push(s.id);
    await assign(t.database.db, p.id, "supervisor", w.district.id, { schoolId: s.id });
  }
  const { periodId } = await openRunningPeriod(t.database.db, w.district.id);
  await t.database.db.update(periods).set({ executionOpensOn: today }).where(eq(periods.id, periodId));
  pengawas = await signIn(t.app, p.username as string, TEST_PASSWORD);
  tim = await signIn(t.app, member.username as string, TEST_PASSWORD);
  ks = await signIn(t.app, w.ksA.username as string, TEST_PASSWORD);
  const ksB = await makePerson(t.database.db, { name: "KS B" });
  await assign(t.database.db, ksB.id, "principal", w.district.id, { schoolId: w.schoolB.id });
  otherKs = await signIn(t.app, ksB.username as string, TEST_PASSWORD);
  const [c] = await t.database.db.select().from(cycles).where(eq(cycles.personId, p.id));
  cycleId = c?.id as string;
  const plan = (await pengawas.get(`/api/cycles/${cycleId}/plan`)).json().plan;
  const saved = await pengawas.request({
    method: "PUT",
    url: `/api/plans/${plan.id}`,
    payload: {
      version: plan.version,
      content: {
        lastStep: "rangkuman",
        profileConfirmed: true,
        indicatorCode: null,
        rhk: [{ code: "penggerak-komunitas-belajar", quantity: 1 }],
        noDuties: true,
        duties: [],
        behaviourNotes: {},
        schoolIds: schools,
      },
    },
  });
  expect((await pengawas.post(`/api/plans/${plan.id}/submit`, { version: saved.json().plan.version })).statusCode).toBe(
    200,
  );
  expect((await tim.post(`/api/plans/${plan.id}/approve`)).statusCode).toBe(200);
  expect((await pengawas.post(`/api/plans/${plan.id}/agree`)).statusCode).toBe(200);
});
afterAll(() => t.close());

describe("a pengawas's practice", () => {
  it("has the pengawas's own stages and the plan's schools; a guru's document is not theirs", async () => {
    const v = await view(pengawas);
    expect(v.stages.stages.map((s: { stage: string }) => s.stage).slice(0, 5)).toEqual([
      "diskusi_persiapan",
      "pendampingan",
      "diskusi_tindak_lanjut",
      "upaya_pengawas",
      "refleksi_pengawas",
    ]);
    expect(v.stages).toMatchObject({ current: "diskusi_persiapan", nextActor: "owner" });
    expect(v.planSchools.map((s: { id: string }) => s.id).sort()).toEqual([...schools].sort());
    expect(v.survey).toBeNull();
    expect((await save(pengawas, "persiapan", 0, {})).statusCode).toBe(404);
  });

  it("the focus school must be one of the plan's; the Tim Kinerja agrees the discussion", async () => {
    const foreign = await save(pengawas, "diskusi_persiapan", 0, diskusi(w.schoolB.id));
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().message).toContain("perencanaan");
    const saved = await save(pengawas, "diskusi_persiapan", 0, diskusi(w.schoolA.id));
    expect(saved.statusCode).toBe(200);
    const version = saved.json().document.version;
    const twice = await Promise.all([1, 2].map(() => pengawas.post(url("diskusi_persiapan", "submit"), { version })));
    expect(twice.map((r) => r.statusCode)).toEqual([200, 200]);
    expect((await pengawas.post(url("diskusi_persiapan", "agree"), { version })).statusCode).toBe(403);
    const agreed = await tim.post(url("diskusi_persiapan", "agree"), { version });
    expect(agreed.statusCode).toBe(200);
    expect(agreed.json().stages).toMatchObject({ current: "pendampingan", nextActor: "owner" });
  });

  it("the survey goes to the focus school's KS, who alone answers it; the Tim Kinerja reads the answers", async () => {
    // Only the pengawas sends it, once.
    expect((await tim.post(url("pendampingan", "sendSurvey"), {})).statusCode).toBe(403);
    const sent = await Promise.all([1, 2].map(() => pengawas.post(url("pendampingan", "sendSurvey"), {})));
    expect(sent.map((r) => r.statusCode)).toEqual([200, 200]);
    const mine = (await ks.get("/api/surveys")).json().items;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ status: "sent", schoolId: w.schoolA.id, pengawasName: "Pengawas P" });
    const id = mine[0].id as string;
    // A KS of another school sees none and may not read or answer it.
    expect((await otherKs.get("/api/surveys")).json().items).toEqual([]);
    expect((await otherKs.get(`/api/surveys/${id}`)).statusCode).toBe(403);
    const questions = mine[0].questions as { code: string; type: string; required: boolean }[];
    const answers = Object.fromEntries(
      questions
        .filter((q) => q.required)
        .map((q) => [q.code, q.type === "scale" ? 3 : "Rapat guru kini memakai data."]),
    );
    expect(
      (await otherKs.request({ method: "PUT", url: `/api/surveys/${id}/answers`, payload: { answers } })).statusCode,
    ).toBe(403);
    // Incomplete answers: a clear 400 that names what is missing; nothing stored.
    const partial = await ks.request({ method: "PUT", url: `/api/surveys/${id}/answers`, payload: { answers: {} } });
    expect(partial.statusCode).toBe(400);
    expect((await ks.get(`/api/surveys/${id}`)).json().status).toBe("sent");
    const answered = await ks.request({ method: "PUT", url: `/api/surveys/${id}/answers`, payload: { answers } });
    expect(answered.statusCode).toBe(200);
    expect(answered.json()).toMatchObject({ status: "answered" });
    // The same answers again change nothing; other answers are refused.
    expect(
      (await ks.request({ method: "PUT", url: `/api/surveys/${id}/answers`, payload: { answers } })).statusCode,
    ).toBe(200);
    const changed = { ...answers, [questions[0]?.code as string]: 1 };
    expect(
      (await ks.request({ method: "PUT", url: `/api/surveys/${id}/answers`, payload: { answers: changed } }))
        .statusCode,
    ).toBe(409);
    // The pengawas sees that it was answered, not the answers; the Tim Kinerja sees them.
    expect((await view(pengawas)).survey).toMatchObject({ status: "answered", answers: null });
    expect((await view(tim)).survey.answers).toEqual(answers);
  });
});

describe("the Tim Kinerja's recommendation to the Kepala Dinas", () => {
  const recommendation = {
    axes: {
      upayaRefleksi: { level: "sesuai", feedback: "Mengenali kesulitannya." },
      upayaMempelajari: { level: "di_atas", feedback: "Belajar dari dua komunitas." },
      perubahanPraktik: { level: "sesuai", feedback: "Rapat kini berbasis data." },
    },
    hasilKerja: "sesuai",
    perilaku: "di_atas",
    note: "Layak Baik; dampingi lagi semester depan.",
  };

  beforeAll(async () => {
    // The five stages and the bukti dukung done (their own flows are tested above and in the domain).
    const db = t.database.db;
    await db.delete(documents).where(and(eq(documents.cycleId, cycleId), ne(documents.kind, "plan")));
    const done = {
      diskusi_persiapan: "agreed",
      pendampingan: "done",
      diskusi_tindak_lanjut: "rated",
      upaya_pengawas: "done",
      refleksi_pengawas: "rated",
      bukti_dukung: "verified",
    };
    await db
      .insert(documents)
      .values(Object.entries(done).map(([kind, status]) => ({ cycleId, kind, status, content: {} })));
  });

  it("opens after the reflection and the bukti dukung; the Tim Kinerja writes it, the pengawas cannot read it", async () => {
    const mine = await view(tim);
    expect(mine.stages.current).toBe("rekomendasi");
    expect(mine.stages.nextActor).toBe("superior");
    const doc = mine.documents.find((d: { kind: string }) => d.kind === "rekomendasi");
    // The pengawas may neither write nor read it.
    expect((await save(pengawas, "rekomendasi", doc.version, recommendation)).statusCode).toBe(403);
    expect((await pengawas.post(url("rekomendasi", "submit"), { version: doc.version })).statusCode).toBe(403);
    // Incomplete: a 400 naming what is missing; nothing changes.
    const partial = await save(tim, "rekomendasi", doc.version, { ...recommendation, note: "" });
    expect(partial.statusCode).toBe(200);
    const v = partial.json().document.version;
    const refused = await tim.post(url("rekomendasi", "submit"), { version: v });
    expect(refused.statusCode).toBe(400);
    expect(JSON.stringify(refused.json())).toContain("Kepala Dinas");
    const full = await save(tim, "rekomendasi", v, recommendation);
    expect(full.statusCode).toBe(200);
    const v2 = full.json().document.version;
    // Submitting twice (a retried tap) is one submit.
    const twice = await Promise.all([1, 2].map(() => tim.post(url("rekomendasi", "submit"), { version: v2 })));
    expect(twice.map((r) => r.statusCode)).toEqual([200, 200]);
    // The recommendation sent, the penilaian opens: the cycle is in penilaian.
    const [cycle] = await t.database.db.select().from(cycles).where(eq(cycles.id, cycleId));
    expect(cycle?.phase).toBe("penilaian");
    const theirs = (await view(pengawas)).documents.find((d: { kind: string }) => d.kind === "rekomendasi");
    expect(theirs).toMatchObject({ status: "submitted", visible: false });
    expect(theirs.content.note).toBe("");
    expect(JSON.stringify(theirs)).not.toContain("Layak Baik");
    // Sent: nobody writes it any more.
    expect((await save(tim, "rekomendasi", v2, { ...recommendation, note: "Ubah lagi." })).statusCode).toBe(409);
  });

  it("the Kepala Dinas sees it with the members' names in the principals-and-supervisors list; a guru track has none", async () => {
    const head = await signIn(t.app, w.head.username as string, TEST_PASSWORD);
    const leaders = (await head.get("/api/planning/queue?track=leaders")).json();
    const row = leaders.items.find((i: { cycleId: string }) => i.cycleId === cycleId);
    expect(row).toMatchObject({
      as: "head_of_district",
      track: "pengawas",
      timKinerja: ["Anggota Tim"],
      recommendation: { status: "submitted", hasilKerja: "sesuai", perilaku: "di_atas", predikat: "baik" },
      practice: { stage: "penilaian", done: false, awaitingSuperior: [] },
    });
    // Only leaders: no guru in it; the counts cover the same people.
    expect(leaders.items.every((i: { track: string }) => i.track !== "guru")).toBe(true);
    expect(Object.values(leaders.byPhase as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(leaders.total);
    const gurus = (await head.get("/api/planning/queue?track=guru")).json();
    expect(gurus.items.find((i: { cycleId: string }) => i.cycleId === cycleId)).toBeUndefined();
    expect((await head.get("/api/planning/queue?track=kepala")).statusCode).toBe(400);
    // The member sees the same row; the pengawas, who assesses nobody, an empty list.
    const theirs = (await tim.get("/api/planning/queue?track=leaders")).json().items;
    expect(theirs.map((i: { cycleId: string }) => i.cycleId)).toContain(cycleId);
    expect((await pengawas.get("/api/planning/queue?track=leaders")).json().items).toEqual([]);
  });
});

describe("the penilaian: the Kepala Dinas decides, the Tim Kinerja does not, the pengawas acknowledges", () => {
  const penilaian = {
    axes: {
      upayaRefleksi: { level: "sesuai", feedback: "Mengenali kesulitannya." },
      upayaMempelajari: { level: "di_atas", feedback: "Belajar dari dua komunitas." },
      perubahanPraktik: { level: "sesuai", feedback: "Rapat kini berbasis data." },
    },
    behaviours: Object.fromEntries(
      ["berorientasi-pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"].map((c) => [
        c,
        "Konsisten.",
      ]),
    ),
    hasilKerja: "di_atas",
    perilaku: "di_atas",
    note: "",
    response: "",
  };
  let head: Client;

  beforeAll(async () => {
    head = await signIn(t.app, w.head.username as string, TEST_PASSWORD);
  });

  it("is locked until the penilaian window opens; then only the Kepala Dinas writes and decides it", async () => {
    const doc = (await view(head)).documents.find((d: { kind: string }) => d.kind === "penilaian");
    // The practice is done but the penilaian window has not opened: the rating is refused.
    expect((await save(head, "penilaian", doc.version, penilaian)).statusCode).toBe(200);
    const early = await head.post(url("penilaian", "rate"), { version: doc.version + 1 });
    expect(early.statusCode).toBe(409);
    const [cycle] = await t.database.db.select().from(cycles).where(eq(cycles.id, cycleId));
    await t.database.db
      .update(periods)
      .set({ assessmentOpensOn: today })
      .where(eq(periods.id, cycle?.periodId as string));

    const fresh = (await view(head)).documents.find((d: { kind: string }) => d.kind === "penilaian");
    expect(fresh.actions).toContain("rate");
    // The Tim Kinerja member reads it but may neither write nor decide it.
    const asTim = (await view(tim)).documents.find((d: { kind: string }) => d.kind === "penilaian");
    expect(asTim).toMatchObject({ visible: true, pen: null, actions: [] });
    expect((await save(tim, "penilaian", fresh.version, penilaian)).statusCode).toBe(403);
    expect((await tim.post(url("penilaian", "rate"), { version: fresh.version })).statusCode).toBe(403);
    // The pengawas does not read the draft.
    const draftSeen = (await view(pengawas)).documents.find((d: { kind: string }) => d.kind === "penilaian");
    expect(draftSeen).toMatchObject({ status: "draft", visible: false });
    expect(JSON.stringify(draftSeen)).not.toContain("Belajar dari dua komunitas");
    // Decided twice (a retried tap) is one decision.
    const twice = await Promise.all([1, 2].map(() => head.post(url("penilaian", "rate"), { version: fresh.version })));
    expect(twice.map((r) => r.statusCode)).toEqual([200, 200]);
  });

  it("the pengawas reads it, responds and acknowledges; nobody else acknowledges", async () => {
    const mine = (await view(pengawas)).documents.find((d: { kind: string }) => d.kind === "penilaian");
    expect(mine).toMatchObject({ status: "rated", visible: true, actions: expect.arrayContaining(["acknowledge"]) });
    expect(mine.content.hasilKerja).toBe("di_atas");
    // Their pen is the response only: the ratings they send back are ignored.
    const responded = await save(pengawas, "penilaian", mine.version, {
      ...mine.content,
      hasilKerja: "di_bawah",
      response: "Terima kasih; saya akan melanjutkan komunitas belajar.",
    });
    expect(responded.statusCode).toBe(200);
    expect(responded.json().document.content).toMatchObject({
      hasilKerja: "di_atas",
      response: expect.stringContaining("Terima kasih"),
    });
    const v = responded.json().document.version;
    expect((await head.post(url("penilaian", "acknowledge"), { version: v })).statusCode).toBe(403);
    expect((await pengawas.post(url("penilaian", "acknowledge"), { version: v })).statusCode).toBe(200);
    // The acknowledgment ends the cycle: its phase is selesai.
    const [ended] = await t.database.db.select().from(cycles).where(eq(cycles.id, cycleId));
    expect(ended?.phase).toBe("selesai");
    const done = await view(head);
    expect(done.documents.find((d: { kind: string }) => d.kind === "penilaian").status).toBe("acknowledged");
    expect(done.stages.current).toBeNull();
    // Acknowledged: the Kepala Dinas cannot change it any more without a reopen.
    expect((await save(head, "penilaian", v, penilaian)).statusCode).toBe(409);
  });

  it("prints the SKP for the pengawas, the Kepala Dinas and the admin, never for the Tim Kinerja", async () => {
    const res = await pengawas.get(`/api/cycles/${cycleId}/skp.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["content-disposition"]).toContain("attachment");
    const text = pdfPages(res.rawPayload).join("\n");
    for (const words of [
      "HASIL KERJA",
      "PERILAKU KERJA",
      "Pengawas P",
      "Kepala Dinas",
      "SANGAT BAIK",
      "Terima kasih",
    ]) {
      expect(text.toUpperCase()).toContain(words.toUpperCase());
    }
    expect((await head.get(`/api/cycles/${cycleId}/skp.pdf`)).statusCode).toBe(200);
    const admin = await signIn(t.app, w.admin.username as string, TEST_PASSWORD);
    expect((await admin.get(`/api/cycles/${cycleId}/skp.pdf`)).statusCode).toBe(200);
    expect((await tim.get(`/api/cycles/${cycleId}/skp.pdf`)).statusCode).toBe(403);
    expect((await otherKs.get(`/api/cycles/${cycleId}/skp.pdf`)).statusCode).toBe(403);
    // The agreed plan prints the same way.
    const plan = await pengawas.get(`/api/cycles/${cycleId}/plan.pdf`);
    expect(plan.statusCode).toBe(200);
    expect(pdfPages(plan.rawPayload).join("\n").toUpperCase()).toContain("RENCANA KINERJA");
  });
});
