import { readFileSync } from "node:fs";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, raporResults } from "../../src/db/schema.js";
import { seedDemoRapor } from "../../src/server/rapor/seed-demo-rapor.js";
import { makeDistrictWorld, makeSchool, TEST_PASSWORD } from "../helpers/factories.js";
import { multipart, pdfBytes, pngBytes } from "../helpers/factories-planning.js";
import { type Client, createTestApp, signIn, type TestContext } from "../helpers/test-app.js";

let t: TestContext;
let w: Awaited<ReturnType<typeof makeDistrictWorld>>;
let other: Awaited<ReturnType<typeof makeDistrictWorld>>;
let operator: Client;
let admin: Client;
let guru: Client;

const as = async (username: string | null) => signIn(t.app, username as string, TEST_PASSWORD);
const csv = (npsn: string, rows: string[]) =>
  ["npsn;indikator;nilai;kategori", ...rows.map((r) => `${npsn};${r}`)].join("\n");

async function post(client: Client, schoolId: string, content: string | Uint8Array) {
  return client.request({
    method: "POST",
    url: `/api/admin/schools/${schoolId}/rapor`,
    ...(await multipart(content, "rapor.csv", "text/csv")),
  });
}

async function stored(schoolId: string) {
  const rows = await t.database.db.select().from(raporResults).where(eq(raporResults.schoolId, schoolId));
  return rows.map((r) => [r.indicatorCode, r.score, r.category]).sort();
}

beforeAll(async () => {
  t = await createTestApp();
  w = await makeDistrictWorld(t.database.db);
  other = await makeDistrictWorld(t.database.db);
  operator = await as(w.operatorA.username);
  admin = await as(w.admin.username);
  guru = await as(w.guruA.username);
});
afterAll(() => t.close());

describe("importing a school's Rapor Pendidikan", () => {
  it("the school's operator imports a CSV; the weakest indicator is recommended", async () => {
    const res = await post(
      operator,
      w.schoolA.id,
      csv(w.schoolA.npsn, [
        "Keteraturan suasana kelas;80;baik",
        "umpan-balik-konstruktif;52;sedang",
        "Aktivitas interaktif;45;kurang",
      ]),
    );
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.results.map((r: { indicatorCode: string }) => r.indicatorCode)).toEqual([
      "keteraturan-suasana-kelas",
      "umpan-balik-konstruktif",
      "aktivitas-interaktif",
    ]);
    expect(body.results[2]).toEqual({
      indicatorCode: "aktivitas-interaktif",
      indicatorName: "Aktivitas interaktif",
      score: 45,
      category: "kurang",
    });
    expect(body.recommendation).toEqual({
      indicatorCode: "aktivitas-interaktif",
      indicatorName: "Aktivitas interaktif",
      basis: "score",
    });
    expect(body.importedAt).not.toBeNull();
  });

  it("a file with problems is refused with every line, and the previous results stay", async () => {
    const before = await stored(w.schoolA.id);
    const res = await post(
      operator,
      w.schoolA.id,
      csv(w.schoolA.npsn, [
        "Instruksi pembelajaran;70;",
        "Sesuatu yang lain;50;",
        "Aktivitas interaktif;;cukup",
      ]).concat(`\n${w.schoolB.npsn};Instruksi yang adaptif;60;`),
    );
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.message).toBe("Berkas tidak diimpor: 3 baris bermasalah. Perbaiki lalu unggah kembali.");
    expect(body.details.map((d: { line: number; path?: string }) => [d.line, d.path])).toEqual([
      [3, "indikator"],
      [4, "kategori"],
      [5, "npsn"],
    ]);
    expect(await stored(w.schoolA.id)).toEqual(before);
  });

  it("a new file replaces the results entirely, audited each time", async () => {
    const res = await post(admin, w.schoolA.id, csv(w.schoolA.npsn, ["Perhatian dan kepedulian;;sedang"]));
    expect(res.statusCode).toBe(200);
    expect(await stored(w.schoolA.id)).toEqual([["perhatian-dan-kepedulian", null, "sedang"]]);
    expect(res.json().recommendation).toMatchObject({ indicatorCode: "perhatian-dan-kepedulian", basis: "category" });
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, w.schoolA.id), eq(auditEvents.action, "rapor_imported")));
    expect(audit.map((a) => a.actorId)).toEqual([w.operatorA.id, w.admin.id]);
  });

  it("refuses a file that is not a CSV, or has no data", async () => {
    const png = await post(operator, w.schoolA.id, pngBytes());
    expect(png.statusCode).toBe(400);
    expect(png.json().message).toBe("Berkas harus berupa CSV (teks dipisah koma atau titik koma).");
    expect((await post(operator, w.schoolA.id, pdfBytes())).statusCode).toBe(400);
    const empty = await post(operator, w.schoolA.id, "npsn,indikator,nilai\n");
    expect(empty.json().message).toBe("Berkas tidak berisi data.");
    const columns = await post(operator, w.schoolA.id, "npsn,nama\n1,2\n");
    expect(columns.json().message).toBe("Kolom wajib tidak ada: indikator, nilai atau kategori.");
  });

  it("an operator of another school, a guru, a KS and another district's admin are refused", async () => {
    const before = await stored(w.schoolB.id);
    const file = csv(w.schoolB.npsn, ["Aktivitas interaktif;10;"]);
    for (const client of [operator, guru, await as(w.ksA.username), await as(other.admin.username)]) {
      expect((await post(client, w.schoolB.id, file)).statusCode).toBe(403);
    }
    expect((await post(guru, w.schoolA.id, csv(w.schoolA.npsn, ["Aktivitas interaktif;10;"]))).statusCode).toBe(403);
    expect(await stored(w.schoolB.id)).toEqual(before);
  });

  it("signed out: 401; unknown school: 404", async () => {
    const body = await multipart("npsn,indikator,nilai\n", "rapor.csv", "text/csv");
    const res = await t.app.inject({ method: "POST", url: `/api/admin/schools/${w.schoolA.id}/rapor`, ...body });
    expect(res.statusCode).toBe(401);
    const missing = await post(admin, "00000000-0000-4000-8000-000000000000", "npsn,indikator,nilai\n");
    expect(missing.statusCode).toBe(404);
  });
});

describe("reading a school's Rapor Pendidikan", () => {
  it("anyone with a hat at the school and the district admin may read it", async () => {
    for (const client of [guru, operator, admin, await as(w.ksA.username)]) {
      const res = await client.get(`/api/schools/${w.schoolA.id}/rapor`);
      expect(res.statusCode).toBe(200);
      expect(res.json().recommendation?.indicatorCode).toBe("perhatian-dan-kepedulian");
    }
  });

  it("a guru of another school and another district's admin get 403; signed out 401", async () => {
    for (const username of [w.guruB.username, other.admin.username, w.head.username]) {
      expect((await (await as(username)).get(`/api/schools/${w.schoolA.id}/rapor`)).statusCode, username ?? "").toBe(
        403,
      );
    }
    expect((await t.app.inject({ method: "GET", url: `/api/schools/${w.schoolA.id}/rapor` })).statusCode).toBe(401);
  });

  it("a school without results has no recommendation (the guru asks the KS)", async () => {
    const res = await (await as(w.guruB.username)).get(`/api/schools/${w.schoolB.id}/rapor`);
    expect(res.json()).toMatchObject({ results: [], importedAt: null, recommendation: null });
  });
});

describe("the demo data", () => {
  it("seedDemoRapor recommends umpan balik konstruktif, and the shipped example imports to the same", async () => {
    const school = await makeSchool(t.database.db, other.district.id);
    await seedDemoRapor(t.database.db, school.id);
    await seedDemoRapor(t.database.db, school.id);
    const seeded = await stored(school.id);
    expect(seeded).toHaveLength(8);
    const otherAdmin = await as(other.admin.username);
    const view = (await otherAdmin.get(`/api/schools/${school.id}/rapor`)).json();
    expect(view.recommendation).toMatchObject({ indicatorCode: "umpan-balik-konstruktif", basis: "score" });

    const example = readFileSync("examples/rapor-pendidikan.csv", "utf8").replaceAll("20100001", school.npsn);
    const res = await post(otherAdmin, school.id, example);
    expect(res.statusCode).toBe(200);
    expect(await stored(school.id)).toEqual(seeded);
  });
});
