import { readFileSync } from "node:fs";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, raporResults } from "../../src/db/schema.js";
import { seedDemoRapor } from "../../src/server/rapor/seed-demo-rapor.js";
import { makeDistrictWorld, makeSchool, TEST_PASSWORD } from "../helpers/factories.js";
import { multipart } from "../helpers/factories-planning.js";
import { type Client, createTestApp, signIn, type TestContext } from "../helpers/test-app.js";

let t: TestContext;
let w: Awaited<ReturnType<typeof makeDistrictWorld>>;
let other: Awaited<ReturnType<typeof makeDistrictWorld>>;
let admin: Client;
let untouched: { id: string; npsn: string };

const as = async (username: string | null) => signIn(t.app, username as string, TEST_PASSWORD);

async function post(client: Client, districtId: string, content: string) {
  return client.request({
    method: "POST",
    url: `/api/admin/districts/${districtId}/rapor`,
    ...(await multipart(content, "rapor-dinas.csv", "text/csv")),
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
  admin = await as(w.admin.username);
  untouched = await makeSchool(t.database.db, w.district.id);
  await seedDemoRapor(t.database.db, untouched.id);
});
afterAll(() => t.close());

describe("a district's Rapor Pendidikan file (NPSN column)", () => {
  it("replaces the results of every school it names, audited per school; the others keep theirs", async () => {
    const before = await stored(untouched.id);
    const example = readFileSync("examples/rapor-pendidikan-dinas.csv", "utf8")
      .replaceAll("20100001", w.schoolA.npsn)
      .replaceAll("20100002", w.schoolB.npsn);
    const res = await post(admin, w.district.id, example);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.rows).toBe(16);
    expect(body.schools.map((s: { npsn: string; results: number }) => [s.npsn, s.results])).toEqual([
      [w.schoolA.npsn, 8],
      [w.schoolB.npsn, 8],
    ]);
    expect(await stored(w.schoolA.id)).toHaveLength(8);
    expect((await admin.get(`/api/schools/${w.schoolB.id}/rapor`)).json().recommendation).toMatchObject({
      indicatorCode: "aktivitas-interaktif",
      basis: "score",
    });
    expect(await stored(untouched.id)).toEqual(before);
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, "rapor_imported"), inArray(auditEvents.entityId, [w.schoolA.id, w.schoolB.id])),
      );
    expect(audit.map((a) => [a.entityId, a.actorId, a.actingAs]).sort()).toEqual(
      [
        [w.schoolA.id, w.admin.id, "admin"],
        [w.schoolB.id, w.admin.id, "admin"],
      ].sort(),
    );
  });

  it("an unknown NPSN or a bad value refuses the whole file, every problem with its line and column", async () => {
    const beforeA = await stored(w.schoolA.id);
    const beforeB = await stored(w.schoolB.id);
    const res = await post(
      admin,
      w.district.id,
      [
        "npsn;indikator;nilai;kategori",
        `${w.schoolA.npsn};Aktivitas interaktif;10;`,
        `${other.schoolA.npsn};Aktivitas interaktif;20;`,
        `${w.schoolB.npsn};Instruksi pembelajaran;7,5;`,
        `${w.schoolB.npsn};Kerapian;50;cukup`,
      ].join("\n"),
    );
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.message).toBe("Berkas tidak diimpor: 3 baris bermasalah. Perbaiki lalu unggah kembali.");
    expect(body.details.map((d: { line: number; path?: string }) => [d.line, d.path])).toEqual([
      [3, "npsn"],
      [4, "nilai"],
      [5, "indikator"],
      [5, "kategori"],
    ]);
    expect(body.details[0].message).toBe(
      `NPSN ${other.schoolA.npsn} bukan sekolah di dinas ini. Periksa NPSN atau daftarkan sekolahnya dulu.`,
    );
    expect(await stored(w.schoolA.id)).toEqual(beforeA);
    expect(await stored(w.schoolB.id)).toEqual(beforeB);
  });

  it("answers in English when asked", async () => {
    const res = await admin.request({
      method: "POST",
      url: `/api/admin/districts/${w.district.id}/rapor`,
      cookies: { kinerja_lang: "en" },
      ...(await multipart("npsn,indikator,nilai\n", "rapor.csv", "text/csv")),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/no data/i);
  });

  it("is the district admin's: an operator, a KS and another district's admin are refused", async () => {
    const before = await stored(w.schoolA.id);
    const file = `npsn,indikator,nilai\n${w.schoolA.npsn},Aktivitas interaktif,1\n`;
    for (const username of [w.operatorA.username, w.ksA.username, other.admin.username]) {
      expect((await post(await as(username), w.district.id, file)).statusCode, username ?? "").toBe(403);
    }
    expect(await stored(w.schoolA.id)).toEqual(before);
  });
});

describe("the example files the admin pages link", () => {
  it("download as CSV attachments, the same bytes as examples/; other names are refused", async () => {
    for (const name of ["staff-import.csv", "rapor-pendidikan.csv", "rapor-pendidikan-dinas.csv"]) {
      const res = await admin.get(`/api/examples/${name}`);
      expect(res.statusCode, name).toBe(200);
      expect(res.headers["content-type"]).toMatch(/^text\/csv/);
      expect(res.headers["content-disposition"]).toContain(name);
      expect(res.body).toBe(readFileSync(`examples/${name}`, "utf8"));
    }
    expect((await admin.get("/api/examples/..%2Fpackage.json")).statusCode).toBe(400);
    expect((await t.app.inject({ method: "GET", url: "/api/examples/staff-import.csv" })).statusCode).toBe(401);
  });
});
