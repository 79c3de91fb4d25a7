import { and, eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cycles, documents, people, reopenRequests } from "../../src/db/schema.js";
import { angkaKredit, periodMonths } from "../../src/domain/assessment/angka-kredit.js";
import type { Expectation } from "../../src/domain/assessment/scale.js";
import { EKINERJA_CSV_COLUMNS } from "../../src/domain/export/ekinerja.js";
import { emptyPenilaian } from "../../src/domain/practice/penilaian.js";
import {
  assign,
  makeDistrict,
  makeDistrictWorld,
  makePerson,
  makeSchool,
  TEST_PASSWORD,
} from "../helpers/factories.js";
import { openRunningPeriod } from "../helpers/factories-planning.js";
import { type Client, createTestApp, signIn, type TestContext } from "../helpers/test-app.js";

// A period's results (issue 10 §2, §3): penilaian inserted directly in three schools, counted per
// school and for the district against the organisation predikat; finalising locks them; exports.

let t: TestContext;
let w: Awaited<ReturnType<typeof makeDistrictWorld>>;
let periodId = "";
let period: Awaited<ReturnType<typeof openRunningPeriod>>;
let schoolC: Awaited<ReturnType<typeof makeSchool>>;
const c: Record<string, Client> = {};
/** The person ids per school, in creation order (guruA / guruB first). */
const staff: Record<"a" | "b" | "c", string[]> = { a: [], b: [], c: [] };

const base = () => `/api/periods/${periodId}`;

async function cycleOf(personId: string): Promise<string> {
  const [row] = await t.database.db.select().from(cycles).where(eq(cycles.personId, personId));
  if (!row) throw new Error("no cycle");
  return row.id;
}

async function penilaian(
  personId: string,
  hasilKerja: Expectation | null,
  perilaku: Expectation | null,
  status = "rated",
) {
  const [doc] = await t.database.db
    .insert(documents)
    .values({
      cycleId: await cycleOf(personId),
      kind: "penilaian",
      status,
      content: { ...emptyPenilaian(), hasilKerja, perilaku },
      decidedAt: status === "draft" ? null : new Date(),
      decidedBy: status === "draft" ? null : w.ksA.id,
      decidedAs: status === "draft" ? null : "kepala_sekolah",
      submittedAt: status === "acknowledged" ? new Date() : null,
    })
    .returning();
  return doc?.id as string;
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  w = await makeDistrictWorld(db);
  schoolC = await makeSchool(db, w.district.id);
  staff.a.push(w.guruA.id);
  staff.b.push(w.guruB.id);
  for (const [key, schoolId, n] of [
    ["a", w.schoolA.id, 4],
    ["b", w.schoolB.id, 3],
    ["c", schoolC.id, 3],
  ] as const) {
    for (let i = 0; i < n; i++) {
      const p = await makePerson(db, { name: `Guru ${key.toUpperCase()}${i + 1}` });
      await assign(db, p.id, "teacher", w.district.id, { schoolId });
      staff[key].push(p.id);
    }
  }
  const tim = await makePerson(db, { name: "Anggota Tim" });
  await assign(db, tim.id, "tim_kinerja", w.district.id);
  const other = await makeDistrict(db);
  const otherAdmin = await makePerson(db, { name: "Admin Lain" });
  await assign(db, otherAdmin.id, "admin", other.id);
  period = await openRunningPeriod(db, w.district.id);
  periodId = period.periodId;

  // School A: 4 Sangat Baik and 1 Baik (80% SB). School B: 2 SB, 1 Baik on perilaku only, 1 draft.
  // School C: 1 SB, 1 Butuh Perbaikan. The district: 7 SB of 10 = 70%, exactly on Istimewa's cap.
  const [a0, a1, a2, a3, a4] = staff.a as [string, string, string, string, string];
  await penilaian(a0, "di_atas", "di_atas");
  await penilaian(a1, "di_atas", "di_atas", "acknowledged");
  await penilaian(a2, "di_atas", "di_atas");
  await penilaian(a3, "di_atas", "di_atas");
  await penilaian(a4, "sesuai", "sesuai");
  const [b0, b1, b2, b3] = staff.b as [string, string, string, string];
  await penilaian(b0, "di_atas", "di_atas");
  await penilaian(b1, "di_atas", "di_atas");
  await penilaian(b2, null, "sesuai");
  await penilaian(b3, "di_bawah", "di_bawah", "draft");
  const [c0, c1] = staff.c as [string, string, string];
  await penilaian(c0, "di_atas", "di_atas");
  await penilaian(c1, "di_bawah", "sesuai");
  await db.update(people).set({ name: '=HYPERLINK("http://x")' }).where(eq(people.id, c0));
  await db.update(people).set({ positionLevel: "Guru Ahli Muda" }).where(eq(people.id, a0));

  const who = {
    admin: w.admin,
    head: w.head,
    ks: w.ksA,
    guru: w.guruA,
    operator: w.operatorA,
    tim,
    otherAdmin,
  };
  for (const [k, p] of Object.entries(who)) c[k] = await signIn(t.app, p.username as string, TEST_PASSWORD);
});
afterAll(() => t.close());

async function cycleCount(): Promise<number> {
  const [row] = await t.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(cycles)
    .where(eq(cycles.periodId, periodId));
  return Number(row?.n);
}

describe("who sees a period's results", () => {
  it("the district admin and the Kepala Dinas; nobody else, nobody of another district", async () => {
    const urls = [
      `${base()}/results`,
      `${base()}/exports/ekinerja.csv`,
      `${base()}/exports/ekinerja.json`,
      `${base()}/exports/report.xlsx`,
      `/api/districts/${w.district.id}/results/periods`,
    ];
    for (const url of urls) {
      expect((await c.admin?.get(url))?.statusCode, `admin ${url}`).toBe(200);
      expect((await c.head?.get(url))?.statusCode, `head ${url}`).toBe(200);
      for (const k of ["ks", "guru", "operator", "tim", "otherAdmin"]) {
        expect((await c[k]?.get(url))?.statusCode, `${k} ${url}`).toBe(403);
      }
    }
  });

  it("only the admin sets the organisation predikat; the admin or the Kepala Dinas finalises", async () => {
    const put = (k: string) =>
      c[k]?.request({
        method: "PUT",
        url: `${base()}/organisation-predikat`,
        payload: { organisationPredikat: "baik" },
      });
    for (const k of ["head", "ks", "guru", "operator", "tim", "otherAdmin"]) {
      expect((await put(k))?.statusCode, k).toBe(403);
      if (k !== "head") expect((await c[k]?.post(`${base()}/finalise`, {}))?.statusCode, k).toBe(403);
    }
  });
});

describe("the distribution", () => {
  it("counts each school and the district from rated and acknowledged penilaian, with the perilaku-only", async () => {
    const res = await c.admin?.get(`${base()}/results`);
    expect(res?.statusCode).toBe(200);
    const r = res?.json();
    expect(r.organisationPredikat).toBeNull();
    expect(r.finalisation).toBeNull();
    expect(r.can).toEqual({ setOrganisationPredikat: true, finalise: true });
    expect(r.district).toMatchObject({
      counts: { sangat_baik: 7, baik: 2, butuh_perbaikan: 1, kurang: 0, sangat_kurang: 0 },
      rated: 10,
      perilakuOnly: 1,
      withoutResult: (await cycleCount()) - 10,
      violations: [],
    });
    const school = (id: string) => r.schools.find((s: { schoolId: string }) => s.schoolId === id);
    expect(school(w.schoolA.id)).toMatchObject({ counts: { sangat_baik: 4, baik: 1 }, rated: 5, name: w.schoolA.name });
    // The KS of school A has a cycle there too, still without a result.
    expect(school(w.schoolA.id).withoutResult).toBe(1);
    expect(school(w.schoolB.id)).toMatchObject({ counts: { sangat_baik: 2, baik: 1 }, rated: 3, perilakuOnly: 1 });
    // The draft is no result.
    expect(school(w.schoolB.id).withoutResult).toBe(1);
    expect(school(schoolC.id)).toMatchObject({ counts: { sangat_baik: 1, butuh_perbaikan: 1 }, withoutResult: 1 });
    // The Kepala Dinas sees the same figures but may not set the predikat.
    const head = (await c.head?.get(`${base()}/results`))?.json();
    expect(head.district).toEqual(r.district);
    expect(head.can).toEqual({ setOrganisationPredikat: false, finalise: true });
  });

  it("finalising is refused until the organisation predikat is set", async () => {
    const res = await c.head?.post(`${base()}/finalise`, {});
    expect(res?.statusCode).toBe(409);
    expect(res?.json().message).toContain("Predikat organisasi periode ini belum ditetapkan");
  });

  it("Istimewa: the district is on its 70% cap (kept), school A breaks it (80%)", async () => {
    const res = await c.admin?.request({
      method: "PUT",
      url: `${base()}/organisation-predikat`,
      payload: { organisationPredikat: "istimewa" },
    });
    expect(res?.statusCode).toBe(200);
    const r = res?.json();
    expect(r.organisationPredikat).toBe("istimewa");
    expect(r.district.violations).toEqual([]);
    const a = r.schools.find((s: { schoolId: string }) => s.schoolId === w.schoolA.id);
    expect(a.violations).toEqual([
      { code: "distribution.maxShare", predikats: ["sangat_baik"], limit: 70, actual: 80, count: 4, total: 5 },
    ]);
  });
});

describe("finalising", () => {
  let ratedId = "";
  let requestId = "";

  beforeAll(async () => {
    // A pending request to reopen guru A's rated penilaian, decided after the finalisation.
    const [doc] = await t.database.db
      .select()
      .from(documents)
      .where(and(eq(documents.cycleId, await cycleOf(w.guruA.id)), eq(documents.kind, "penilaian")));
    ratedId = doc?.id as string;
    const [req] = await t.database.db
      .insert(reopenRequests)
      .values({ documentId: ratedId, requestedBy: w.guruA.id, reason: "Saya ingin menambah tanggapan." })
      .returning();
    requestId = req?.id as string;
  });

  it("with broken caps needs a reason of 10 characters: a 409 lists each broken cap in Indonesian", async () => {
    const set = await c.admin?.request({
      method: "PUT",
      url: `${base()}/organisation-predikat`,
      payload: { organisationPredikat: "butuh_perbaikan" },
    });
    expect(set?.json().district.violations).toHaveLength(2);
    for (const body of [{}, { reason: "Terlalu" }]) {
      const res = await c.head?.post(`${base()}/finalise`, body);
      expect(res?.statusCode).toBe(409);
      const problem = res?.json();
      expect(problem.message).toContain("melanggar 2 batas");
      expect(problem.details.map((d: { message: string }) => d.message)).toEqual([
        "Butuh Perbaikan 10% di bawah batas minimal 60% untuk predikat organisasi Butuh Perbaikan",
        "Sangat Baik 70% melebihi batas 10% untuk predikat organisasi Butuh Perbaikan",
      ]);
    }
    expect((await c.admin?.get(`${base()}/results`))?.json().finalisation).toBeNull();
  });

  it("with a reason it is recorded, by whom and what was broken; twice is the same success", async () => {
    const reason = "Keputusan rapat pimpinan: sekolah penggerak.";
    const res = await c.head?.post(`${base()}/finalise`, { reason });
    expect(res?.statusCode).toBe(200);
    const r = res?.json();
    expect(r.finalisation).toMatchObject({ finalisedByName: "Kepala Dinas", reason });
    expect(r.finalisation.violations.district).toHaveLength(2);
    expect(r.can).toEqual({ setOrganisationPredikat: false, finalise: false });
    const again = await c.admin?.post(`${base()}/finalise`, {});
    expect(again?.statusCode).toBe(200);
    expect(again?.json().finalisation).toEqual(r.finalisation);
    // The predikat no longer changes; the same value again is fine.
    const change = await c.admin?.request({
      method: "PUT",
      url: `${base()}/organisation-predikat`,
      payload: { organisationPredikat: "baik" },
    });
    expect(change?.statusCode).toBe(409);
    const periods = (await c.head?.get(`/api/districts/${w.district.id}/results/periods`))?.json().periods;
    expect(periods).toEqual([expect.objectContaining({ id: periodId, running: true, finalised: true })]);
  });

  it("locks the period's penilaian: no save, no rating, no reopen request, no reopen", async () => {
    const locked = "Hasil penilaian periode ini sudah difinalisasi";
    const guruCycle = await cycleOf(w.guruA.id);
    const view = (await c.ks?.get(`/api/cycles/${guruCycle}/practice`))?.json();
    const doc = view.documents.find((d: { kind: string }) => d.kind === "penilaian");
    expect(doc).toMatchObject({ status: "rated", actions: [], pen: null });
    const save = await c.ks?.request({
      method: "PUT",
      url: `/api/cycles/${guruCycle}/documents/penilaian`,
      payload: { version: doc.version, content: doc.content },
    });
    expect(save?.statusCode).toBe(409);
    expect(save?.json().message).toContain(locked);
    // A draft of the same period cannot be rated either.
    const draftCycle = await cycleOf(staff.b[3] as string);
    const rate = await c.admin?.post(`/api/cycles/${draftCycle}/documents/penilaian/actions/rate`, { version: 1 });
    expect(rate?.statusCode).toBe(409);
    expect(rate?.json().message).toContain(locked);
    const ask = await c.guru?.post(`/api/cycles/${guruCycle}/documents/penilaian/reopen-requests`, {
      reason: "Saya ingin menambah tanggapan saya.",
    });
    expect(ask?.statusCode).toBe(409);
    expect(ask?.json().message).toContain(locked);
    const approve = await c.ks?.post(`/api/reopen-requests/${requestId}/decision`, { approve: true, note: "" });
    expect(approve?.statusCode).toBe(409);
    expect(approve?.json().message).toContain(locked);
    const [still] = await t.database.db.select().from(documents).where(eq(documents.id, ratedId));
    expect(still?.status).toBe("rated");
    // A waiting request may still be refused, so it does not wait forever.
    const refuse = await c.ks?.post(`/api/reopen-requests/${requestId}/decision`, {
      approve: false,
      note: "Hasil periode ini sudah final.",
    });
    expect(refuse?.statusCode).toBe(200);
  });
});

describe("exports", () => {
  it("e-Kinerja CSV: a BOM, the documented header, a row per rated pegawai, formulas neutralised", async () => {
    const res = await c.head?.get(`${base()}/exports/ekinerja.csv`);
    expect(res?.statusCode).toBe(200);
    expect(res?.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(res?.headers["content-disposition"]).toMatch(
      /^attachment; filename="ekinerja-d\d+-periode-uji-[a-z0-9-]+\.csv"/,
    );
    const body = res?.body ?? "";
    expect(body.startsWith("\uFEFF")).toBe(true);
    const lines = body.slice(1).trimEnd().split("\n");
    expect(lines[0]).toBe(EKINERJA_CSV_COLUMNS.join(","));
    expect(lines).toHaveLength(11);
    const rows = lines
      .slice(1)
      .map((l) => Object.fromEntries(EKINERJA_CSV_COLUMNS.map((k, i) => [k, l.split(",")[i]])));
    const [guruA] = await t.database.db.select().from(people).where(eq(people.id, w.guruA.id));
    const mine = rows.find((r) => r.nip === guruA?.nip);
    const months = Math.min(periodMonths(period.startsOn, period.endsOn), 12);
    const ak = angkaKredit({ positionLevel: "ahli_muda", predikat: "sangat_baik", months });
    expect(mine).toMatchObject({
      nama: "Guru A",
      peran: "guru",
      npsn: w.schoolA.npsn,
      rating_hasil_kerja: "di_atas",
      predikat: "sangat_baik",
      predikat_label: "Sangat Baik",
      nip_pejabat_penilai: w.ksA.nip,
      nama_pejabat_penilai: "KS A",
      waktu_diketahui_pegawai: "",
    });
    expect(Number(mine?.angka_kredit)).toBeCloseTo(ak, 3);
    // Perilaku only: no Hasil Kerja rating, the predikat from perilaku.
    const [late] = await t.database.db
      .select()
      .from(people)
      .where(eq(people.id, staff.b[2] as string));
    expect(rows.find((r) => r.nip === late?.nip)).toMatchObject({ rating_hasil_kerja: "", predikat: "baik" });
    // Acknowledged: the instant is there.
    const [ack] = await t.database.db
      .select()
      .from(people)
      .where(eq(people.id, staff.a[1] as string));
    expect(rows.find((r) => r.nip === ack?.nip)?.waktu_diketahui_pegawai).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/);
    // A name that looks like a formula is text in a spreadsheet.
    expect(body).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(body).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it("e-Kinerja JSON: the format, the district and period once, typed rows", async () => {
    const res = await c.admin?.get(`${base()}/exports/ekinerja.json`);
    expect(res?.statusCode).toBe(200);
    expect(res?.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(res?.headers["content-disposition"]).toMatch(/\.json"/);
    const doc = res?.json();
    expect(doc.format).toBe("kinerja.ekinerja/1");
    expect(doc.district.name).toBe(w.district.name);
    expect(doc.period).toEqual({
      name: `Periode Uji ${w.district.id.slice(0, 4)}`,
      startsOn: period.startsOn,
      endsOn: period.endsOn,
    });
    expect(doc.rows).toHaveLength(10);
    expect(doc.rows.find((r: { nama: string }) => r.nama.startsWith("="))?.nama).toBe('=HYPERLINK("http://x")');
  });

  it("the Excel report opens: Ringkasan and a sheet per school, every pegawai of the period", async () => {
    const res = await c.admin?.get(`${base()}/exports/report.xlsx`);
    expect(res?.statusCode).toBe(200);
    expect(res?.headers["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res?.headers["content-disposition"]).toMatch(/^attachment; filename="laporan-penilaian-.*\.xlsx"/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(res?.rawPayload ?? Buffer.alloc(0)).buffer);
    const names = wb.worksheets.map((s) => s.name);
    expect(names[0]).toBe("Ringkasan");
    expect(names).toEqual(expect.arrayContaining([w.schoolA.name, w.schoolB.name, schoolC.name]));
    const summary = wb.getWorksheet("Ringkasan");
    const values: unknown[][] = [];
    summary?.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
    const total = values.find((v) => v[0] === "Total Dinas");
    // Jumlah Pegawai, then SB, Baik, BP, Kurang, SK, none.
    expect(total?.slice(3)).toEqual([await cycleCount(), 7, 2, 1, 0, 0, (await cycleCount()) - 10]);
    const a = wb.getWorksheet(w.schoolA.name);
    const rows: unknown[][] = [];
    a?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const guru = rows.find((r) => r[2] === "Guru A");
    expect(guru?.slice(3, 8)).toEqual([
      "Guru",
      "Perencanaan · Belum mulai",
      "Di atas ekspektasi",
      "Di atas ekspektasi",
      "Sangat Baik",
    ]);
  });
});
