import { rmSync } from "node:fs";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, cycles, documents, files, periods } from "../../src/db/schema.js";
import { addDays } from "../../src/domain/cycles/phase.js";
import { testToday } from "../helpers/clock.js";
import { makeDistrictWorld, openRunningPeriod, TEST_PASSWORD } from "../helpers/factories.js";
import { multipart, pdfBytes, tempDataDir } from "../helpers/factories-planning.js";
import { COMPLETE_GURU_PLAN } from "../helpers/plan-content.js";
import { realDocx, realJpeg } from "../helpers/sample-files.js";
import { type Client, createTestApp, signIn, type TestContext } from "../helpers/test-app.js";

// The rule-set parts of Praktik Kinerja: uploads to the persiapan and the bukti dukung where the
// rule set takes uploads (2024), a written laporan instead from 2025. Two districts, one per rule set.

let t: TestContext;
let dataDir: string;
const today = testToday();

type World = Awaited<ReturnType<typeof makeDistrictWorld>> & {
  guru: Client;
  ks: Client;
  otherGuru: Client;
  operator: Client;
  cycleId: string;
};
let w24: World;
let w25: World;

const url = (w: World, kind: string, action?: string) =>
  `/api/cycles/${w.cycleId}/documents/${kind}${action ? `/actions/${action}` : ""}`;
const view = async (w: World, client: Client = w.guru) => {
  const res = await client.get(`/api/cycles/${w.cycleId}/practice`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
type Doc = {
  id: string | null;
  status: string;
  version: number;
  content: Record<string, unknown>;
  problems: { code: string; message: string }[];
  actions: string[];
  needsNote: string[];
  pen: unknown;
};
const doc = async (w: World, kind: string, client?: Client) =>
  ((await view(w, client)).documents as (Doc & { kind: string })[]).find((d) => d.kind === kind) as Doc;
const save = (client: Client, w: World, kind: string, version: number, content: unknown) =>
  client.request({ method: "PUT", url: url(w, kind), payload: { version, content } });
const act = (client: Client, w: World, kind: string, action: string, body: object = {}) =>
  client.post(url(w, kind, action), body);

async function upload(client: Client, bytes: Uint8Array, fileName: string, kind: "sk" | "rpp" | "evidence") {
  const res = await client.request({
    method: "POST",
    url: `/api/files?kind=${kind}`,
    ...(await multipart(bytes, fileName, "application/octet-stream")),
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().id as string;
}

const documentCount = async (w: World) =>
  (
    await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(documents)
      .where(eq(documents.cycleId, w.cycleId))
  )[0]?.n;

const PERSIAPAN = {
  targets: [{ code: "umpan-balik-spesifik", upaya: "Membaca modul umpan balik dan berlatih di kelas VII A." }],
  schedule: { date: addDays(today, 3), time: "09:00", className: "VII A", subject: "Matematika", place: "Ruang 7" },
  files: [] as string[],
  proposedSchedule: null,
};

/** A world whose guru's plan is agreed and whose pelaksanaan is open today. */
async function world(
  template: "2024-semester" | "2025-annual",
  plan: (guru: Client) => Promise<object>,
): Promise<World> {
  const base = await makeDistrictWorld(t.database.db);
  const { periodId } = await openRunningPeriod(t.database.db, base.district.id, template);
  const [c] = await t.database.db.select().from(cycles).where(eq(cycles.personId, base.guruA.id));
  const w: World = {
    ...base,
    guru: await signIn(t.app, base.guruA.username as string, TEST_PASSWORD),
    ks: await signIn(t.app, base.ksA.username as string, TEST_PASSWORD),
    otherGuru: await signIn(t.app, base.guruB.username as string, TEST_PASSWORD),
    operator: await signIn(t.app, base.operatorA.username as string, TEST_PASSWORD),
    cycleId: c?.id as string,
  };
  const p = (await w.guru.get(`/api/cycles/${w.cycleId}/plan`)).json().plan;
  const saved = await w.guru.request({
    method: "PUT",
    url: `/api/plans/${p.id}`,
    payload: { version: p.version, content: await plan(w.guru) },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  expect((await w.guru.post(`/api/plans/${p.id}/submit`, { version: saved.json().plan.version })).statusCode).toBe(200);
  expect((await w.ks.post(`/api/plans/${p.id}/approve`)).statusCode).toBe(200);
  expect((await w.guru.post(`/api/plans/${p.id}/agree`)).json().plan.status).toBe("agreed");
  await t.database.db.update(periods).set({ executionOpensOn: today }).where(eq(periods.id, periodId));
  return w;
}

/** Persiapan, observasi and tindak lanjut done: the upaya and the bukti dukung open. */
async function throughTindakLanjut(w: World) {
  let d = await doc(w, "persiapan");
  if (d.version === 0 || d.status === "draft") {
    const saved = await save(w.guru, w, "persiapan", d.version, {
      ...PERSIAPAN,
      files: (d.content.files as string[]) ?? [],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await act(w.guru, w, "persiapan", "submit", { version: saved.json().document.version })).statusCode).toBe(
      200,
    );
  }
  d = await doc(w, "persiapan");
  expect((await act(w.ks, w, "persiapan", "confirmSchedule", { version: d.version })).statusCode).toBe(200);
  const observed = {
    targets: {
      "umpan-balik-spesifik": {
        rating: "belum_efektif",
        evidence: "Umpan balik masih umum.",
        recommendation: "",
        avoidSeen: [],
      },
    },
    followUpRating: null,
    followUpNote: "",
  };
  const o1 = await save(w.ks, w, "observasi", 0, observed);
  expect(o1.statusCode, o1.body).toBe(200);
  await act(w.ks, w, "observasi", "finish", { version: o1.json().document.version });
  const o2 = await save(w.ks, w, "observasi", o1.json().document.version, {
    ...observed,
    followUpRating: "sadar_kesulitan",
  });
  expect((await act(w.ks, w, "observasi", "rateFollowUp", { version: o2.json().document.version })).statusCode).toBe(
    200,
  );
  const tl = await save(w.guru, w, "tindak_lanjut", 0, {
    challenges: "Waktu memberi umpan balik per murid terbatas.",
    learning: {
      goal: "Memberi umpan balik spesifik.",
      effort: "Mengikuti komunitas belajar.",
      schedule: [{ date: addDays(today, 5), action: "Pertemuan komunitas" }],
      support: "Waktu diskusi dengan kepala sekolah.",
      mode: "community",
      otherMode: "",
    },
  });
  expect(tl.statusCode, tl.body).toBe(200);
  const submitted = await act(w.guru, w, "tindak_lanjut", "submit", { version: tl.json().document.version });
  expect(submitted.json().stages.stages.map((s: { state: string }) => s.state)).toEqual([
    "done",
    "done",
    "done",
    "open",
    "locked",
    "open",
    "locked",
  ]);
}

let skId = "";
beforeAll(async () => {
  dataDir = tempDataDir();
  t = await createTestApp({ dataDir });
  w24 = await world("2024-semester", async (guru) => {
    skId = await upload(guru, pdfBytes(), "SK Wali Kelas.pdf", "sk");
    return {
      ...COMPLETE_GURU_PLAN,
      noDuties: false,
      duties: [{ name: "Wali kelas VII A", skFileId: skId, targetQuantity: 1, targetUnit: "kelas", targetMonths: 6 }],
    };
  });
  w25 = await world("2025-annual", async () => COMPLETE_GURU_PLAN);
});
afterAll(async () => {
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("persiapan uploads (2024 rule set)", () => {
  let rpp = "";
  it("the guru attaches an RPP (DOCX) and a photo; the page names them and the KS can open them", async () => {
    expect((await view(w24)).uploadsAllowed).toBe(true);
    rpp = await upload(w24.guru, realDocx(), "Modul ajar VII A.docx", "rpp");
    const photo = await upload(w24.guru, realJpeg(), "asesmen.jpg", "rpp");
    const res = await save(w24.guru, w24, "persiapan", 0, { ...PERSIAPAN, files: [rpp, photo] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().document.problems).toEqual([]);
    const v = await view(w24, w24.ks);
    expect(v.files).toEqual(
      expect.arrayContaining([
        {
          id: rpp,
          fileName: "Modul ajar VII A.docx",
          size: realDocx().length,
          mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        },
        { id: photo, fileName: "asesmen.jpg", size: realJpeg().length, mimeType: "image/jpeg" },
      ]),
    );
    const down = await w24.ks.get(`/api/files/${rpp}`);
    expect(down.statusCode).toBe(200);
    expect(down.headers["content-type"]).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
  });

  it("a file id of someone else, or of no file, is refused with a 400 in Indonesian and nothing changes", async () => {
    const before = await doc(w24, "persiapan");
    const theirs = await upload(w24.otherGuru, pdfBytes(), "rpp-guru-b.pdf", "rpp");
    for (const id of [theirs, "00000000-0000-4000-8000-000000000000"]) {
      const res = await save(w24.guru, w24, "persiapan", before.version, { ...PERSIAPAN, files: [rpp, id] });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.headers["content-type"]).toMatch(/problem\+json/);
      expect(res.json().message).toBe(
        "Berkas yang dilampirkan tidak ditemukan atau bukan milik pemilik dokumen ini. Unggah berkasnya sendiri lalu coba lagi.",
      );
    }
    const after = await doc(w24, "persiapan");
    expect({ version: after.version, files: after.content.files }).toEqual({
      version: before.version,
      files: before.content.files,
    });
  });

  it("more than five files is a 400; a replaced file is just a new id in the list", async () => {
    const d = await doc(w24, "persiapan");
    const six = await save(w24.guru, w24, "persiapan", d.version, { ...PERSIAPAN, files: Array(6).fill(rpp) });
    expect(six.statusCode).toBe(400);
    const replacement = await upload(w24.guru, pdfBytes(), "Modul ajar VII A (revisi).pdf", "rpp");
    const replaced = await save(w24.guru, w24, "persiapan", d.version, { ...PERSIAPAN, files: [replacement] });
    expect(replaced.statusCode, replaced.body).toBe(200);
    expect(replaced.json().document.content.files).toEqual([replacement]);
  });

  it("once the observation has started, the uploads are frozen with the rest of the persiapan", async () => {
    await throughTindakLanjut(w24);
    const d = await doc(w24, "persiapan");
    expect(d.pen).toBeNull();
    expect(d.actions).toEqual([]);
    const more = await upload(w24.guru, pdfBytes(), "terlambat.pdf", "rpp");
    const res = await save(w24.guru, w24, "persiapan", d.version, { ...PERSIAPAN, files: [more] });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain("Observasi sudah dimulai");
  });
});

describe("uploads under the 2025 rule set", () => {
  it("the page says uploads are off, and a persiapan with a file is refused, even the guru's own; nothing stored", async () => {
    expect((await view(w25)).uploadsAllowed).toBe(false);
    const own = await upload(w25.guru, pdfBytes(), "rpp.pdf", "rpp");
    const before = await documentCount(w25);
    const res = await save(w25.guru, w25, "persiapan", 0, { ...PERSIAPAN, files: [own] });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/^Aturan periode ini tidak memakai unggahan berkas/);
    expect(await documentCount(w25)).toBe(before);
    expect((await save(w25.guru, w25, "persiapan", 0, PERSIAPAN)).statusCode).toBe(200);
  });
});

describe("bukti dukung (2024): per RHK item and tugas tambahan, verified by the KS", () => {
  let evidence: string[] = [];
  it("lists the plan's targets with the SK's name, and asks for what is missing", async () => {
    const v = await view(w24);
    expect(v.planTargets).toEqual({
      rhk: [
        expect.objectContaining({
          code: "penggerak-komunitas-belajar",
          quantity: 1,
          role: "penggerak komunitas belajar",
        }),
        expect.objectContaining({ code: "peserta-webinar", quantity: 1 }),
      ],
      duties: [{ name: "Wali kelas VII A", targetQuantity: 1, targetUnit: "kelas", skFileId: skId }],
    });
    expect(v.files).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: skId, fileName: "SK Wali Kelas.pdf" })]),
    );
    const d = v.documents.find((x: { kind: string }) => x.kind === "bukti_dukung");
    expect(d).toMatchObject({ status: "draft", version: 0, actions: ["submit"], needsNote: [] });
    expect(d.problems.map((p: { message: string }) => p.message)).toContain(
      "Unggah bukti dukung untuk “penggerak komunitas belajar”.",
    );
    expect(d.problems.map((p: { code: string }) => p.code)).toEqual([
      "practice.bukti_dukung.achievedRequired",
      "practice.bukti_dukung.evidenceRequired",
      "practice.bukti_dukung.achievedRequired",
      "practice.bukti_dukung.evidenceRequired",
      "practice.bukti_dukung.dutyAchievedRequired",
      "practice.bukti_dukung.dutyReportRequired",
    ]);
  });

  it("refuses someone else's certificate; takes the guru's own, with the achieved quantities", async () => {
    const theirs = await upload(w24.otherGuru, pdfBytes(), "sertifikat-b.pdf", "evidence");
    const bad = await save(w24.guru, w24, "bukti_dukung", 0, {
      rhk: { "peserta-webinar": { achieved: 1, files: [theirs] } },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      await t.database.db
        .select()
        .from(documents)
        .where(and(eq(documents.cycleId, w24.cycleId), eq(documents.kind, "bukti_dukung"))),
    ).toEqual([]);
    evidence = [
      await upload(w24.guru, pdfBytes(), "sertifikat-komunitas.pdf", "evidence"),
      await upload(w24.guru, realJpeg(), "sertifikat-webinar.jpg", "evidence"),
      await upload(w24.guru, realDocx(), "laporan-wali-kelas.docx", "evidence"),
    ];
    const content = {
      rhk: {
        "penggerak-komunitas-belajar": { achieved: 1, files: [evidence[0]] },
        "peserta-webinar": { achieved: 0, files: [evidence[1]] },
      },
      duties: {
        "Wali kelas VII A": { achieved: 1, files: [evidence[2]], report: "Satu semester sebagai wali kelas." },
      },
    };
    // The KS holds no pen on a draft, and cannot hand it in.
    expect((await save(w24.ks, w24, "bukti_dukung", 0, content)).statusCode).toBe(409);
    const ok = await save(w24.guru, w24, "bukti_dukung", 0, content);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().document).toMatchObject({ status: "draft", version: 1, problems: [] });
    expect((await act(w24.ks, w24, "bukti_dukung", "submit", { version: 1 })).statusCode).toBe(403);
  });

  it("handed in: the KS returns it with a note (a note is required); the guru hands it in again; the KS verifies", async () => {
    const submits = await Promise.all([1, 2].map(() => act(w24.guru, w24, "bukti_dukung", "submit", { version: 1 })));
    expect(submits.map((r) => r.statusCode)).toEqual([200, 200]);
    expect(submits[0]?.json().stages).toMatchObject({ current: "upaya" });
    const ksDoc = await doc(w24, "bukti_dukung", w24.ks);
    expect(ksDoc).toMatchObject({ actions: ["verify", "return"], needsNote: ["return"], pen: ["feedback"] });
    // The guru cannot verify their own evidence, nor write while the KS reviews.
    expect((await act(w24.guru, w24, "bukti_dukung", "verify", { version: 1 })).statusCode).toBe(403);
    expect((await save(w24.guru, w24, "bukti_dukung", 1, {})).statusCode).toBe(409);
    const noNote = await act(w24.ks, w24, "bukti_dukung", "return", { version: 1, note: "kurang" });
    expect(noNote.statusCode).toBe(400);
    const returned = await act(w24.ks, w24, "bukti_dukung", "return", {
      version: 1,
      note: "Sertifikat webinar tidak terbaca.",
    });
    expect(returned.statusCode, returned.body).toBe(200);
    const back = await doc(w24, "bukti_dukung");
    expect(back).toMatchObject({ status: "returned", actions: ["submit"] });
    expect((await view(w24)).documents.find((x: { kind: string }) => x.kind === "bukti_dukung").note).toBe(
      "Sertifikat webinar tidak terbaca.",
    );
    const fixed = await save(w24.guru, w24, "bukti_dukung", back.version, {
      ...back.content,
      rhk: { ...(back.content.rhk as object), "peserta-webinar": { achieved: 1, files: [evidence[1], evidence[0]] } },
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(
      (await act(w24.guru, w24, "bukti_dukung", "submit", { version: fixed.json().document.version })).statusCode,
    ).toBe(200);
    const fb = await save(w24.ks, w24, "bukti_dukung", fixed.json().document.version, { feedback: "Bukti lengkap." });
    expect(fb.statusCode, fb.body).toBe(200);
    const verified = await act(w24.ks, w24, "bukti_dukung", "verify", { version: fb.json().document.version });
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json().document).toMatchObject({ status: "verified", content: { feedback: "Bukti lengkap." } });
    expect(verified.json().stages.stages.find((s: { stage: string }) => s.stage === "bukti_dukung").state).toBe("done");
    const events = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(sql`${auditEvents.data}->>'cycleId' = ${w24.cycleId} and ${auditEvents.data}->>'kind' = 'bukti_dukung'`);
    expect(events.map((e) => e.action).sort()).toEqual(
      ["bukti_dukung_returned", "bukti_dukung_submitted", "bukti_dukung_submitted", "bukti_dukung_verified"].sort(),
    );
  });

  it("another guru, the operator: 403 on read and write", async () => {
    for (const client of [w24.otherGuru, w24.operator]) {
      expect((await client.get(`/api/cycles/${w24.cycleId}/practice`)).statusCode).toBe(403);
      expect((await save(client, w24, "bukti_dukung", 0, {})).statusCode).toBe(403);
      expect((await act(client, w24, "bukti_dukung", "verify", { version: 1 })).statusCode).toBe(403);
    }
  });
});

describe("laporan (2025+): a reflection per competence item and the main duty's report, no uploads", () => {
  it("is locked until the tindak lanjut is handed in", async () => {
    const res = await save(w25.guru, w25, "bukti_dukung", 0, {});
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain("belum terbuka");
  });

  it("the guru writes it, files are refused, the KS verifies it", async () => {
    await throughTindakLanjut(w25);
    const d = await doc(w25, "bukti_dukung");
    expect(d.problems.map((p) => p.code)).toEqual([
      "practice.bukti_dukung.reflectionRequired",
      "practice.bukti_dukung.reflectionRequired",
      "practice.bukti_dukung.mainDutyRequired",
      "practice.bukti_dukung.mainDutyReportRequired",
    ]);
    const mine = await upload(w25.guru, pdfBytes(), "sertifikat.pdf", "evidence");
    const withFile = await save(w25.guru, w25, "bukti_dukung", 0, { rhk: { "peserta-webinar": { files: [mine] } } });
    expect(withFile.statusCode).toBe(400);
    const content = {
      rhk: {
        "penggerak-komunitas-belajar": { reflection: "Tiga kegiatan berbagi; saya belajar memfasilitasi diskusi." },
        "peserta-webinar": { reflection: "Webinar asesmen formatif; saya mencoba tiket keluar." },
      },
      mainDuty: "Melaksanakan pembelajaran Matematika kelas VII",
      mainDutyReport: "Semua pertemuan terlaksana; dua kelas memakai asesmen formatif baru.",
    };
    const saved = await save(w25.guru, w25, "bukti_dukung", 0, content);
    expect(saved.json().document.problems).toEqual([]);
    await act(w25.guru, w25, "bukti_dukung", "submit", { version: 1 });
    const verified = await act(w25.ks, w25, "bukti_dukung", "verify", { version: 1 });
    expect(verified.json().document.status).toBe("verified");
    // Verified is done for the stage path; the practice as a whole still waits for upaya and refleksi.
    expect(verified.json().stages).toMatchObject({ current: "upaya" });
    const stored = await t.database.db.select().from(files).where(eq(files.id, mine));
    expect(stored).toHaveLength(1); // the upload itself is the guru's; only its use is refused
  });
});
