import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, cycles, periods } from "../../src/db/schema.js";
import { openPeriod } from "../../src/server/periods/open-period.js";
import { testNow } from "../helpers/clock.js";
import { assign, makeDistrictWorld, makePerson, TEST_PASSWORD } from "../helpers/factories.js";
import { tallyMismatches } from "../helpers/tallies.js";
import { type Client, createTestApp, signIn, type TestContext } from "../helpers/test-app.js";

let t: TestContext;
let w: Awaited<ReturnType<typeof makeDistrictWorld>>;
let admin: Client;

// The current year, so the period is running today and assignment changes refresh it.
const y = new Date().getUTCFullYear();
const windows = {
  startsOn: `${y}-01-01`,
  endsOn: `${y}-12-31`,
  planningOpensOn: `${y}-01-01`,
  planningClosesOn: `${y}-01-31`,
  executionOpensOn: `${y}-02-01`,
  executionClosesOn: `${y}-11-30`,
  assessmentOpensOn: `${y}-12-01`,
  assessmentClosesOn: `${y}-12-31`,
};

beforeAll(async () => {
  t = await createTestApp();
  w = await makeDistrictWorld(t.database.db);
  admin = await signIn(t.app, w.admin.username as string, TEST_PASSWORD);
});
afterAll(() => t.close());
// Opening, extending and refreshing keep the period page's trigger-kept counts true.
afterEach(async () => expect(await tallyMismatches(t.database.db)).toEqual([]));

describe("rule-set templates", () => {
  it("offers the 2024, 2025 and 2026 rules with their point limits", async () => {
    const res = await admin.get("/api/rule-set-templates");
    const byCode = Object.fromEntries(res.json().templates.map((x: { code: string }) => [x.code, x]));
    expect(byCode["2024-semester"]).toMatchObject({
      cadence: "semester",
      rhkPoints: { min: 32, max: 128 },
      evidenceUploadsRequired: true,
    });
    expect(byCode["2026-annual"]).toMatchObject({ cadence: "annual", rhkPoints: null, evidenceUploadsRequired: false });
  });
});

describe("opening a period", () => {
  let periodId: string;

  it("creates a cycle for every eligible person with their atasan, and reports who has none", async () => {
    // A school whose KS left: its guru has no atasan and must be reported, not dropped.
    const orphan = await makePerson(t.database.db, { name: "Guru Tanpa KS" });
    await assign(t.database.db, orphan.id, "teacher", w.district.id, { schoolId: w.schoolB.id });
    const res = await admin.post(`/api/admin/districts/${w.district.id}/periods`, {
      name: `Periode ${y}`,
      templateCode: "2025-annual",
      ...windows,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    periodId = body.period.id;
    // ksA, guruA, guruB, orphan: PNS with a cycle-bearing hat. Admin, Kepala Dinas and the NON_ASN operator: none.
    expect(body.period.cycleCount).toBe(4);
    expect(body.withoutSuperior.map((c: { name: string }) => c.name).sort()).toEqual(["Guru B", "Guru Tanpa KS"]);

    const rows = await t.database.db.select().from(cycles).where(eq(cycles.periodId, periodId));
    const byPerson = new Map(rows.map((r) => [r.personId, r]));
    expect(byPerson.get(w.guruA.id)).toMatchObject({ superiorId: w.ksA.id, superiorKind: "principal", track: "guru" });
    expect(byPerson.get(w.ksA.id)).toMatchObject({
      superiorId: w.head.id,
      superiorKind: "head_of_district",
      track: "kepala_sekolah",
    });
    expect(byPerson.has(w.operatorA.id)).toBe(false);

    const audit = await t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, periodId));
    expect(audit[0]).toMatchObject({ action: "period_opened", actorId: w.admin.id });
  });

  it("the period view counts; the cycles without an atasan are a filter of the cycle list", async () => {
    const res = await admin.get(`/api/admin/periods/${periodId}`);
    expect(res.json().period.withoutSuperiorCount).toBe(2);
    expect(res.json().counts).toEqual({ byPhase: { perencanaan: 4 }, byPlanStatus: { not_started: 4 } });
    const missing = (await admin.get(`/api/admin/periods/${periodId}/cycles?superior=missing`)).json();
    expect(missing.cycles.map((c: { name: string }) => c.name)).toEqual(["Guru B", "Guru Tanpa KS"]);
    expect(missing.total).toBe(2);
    expect(missing.cycles.every((c: { superiorName: string | null }) => c.superiorName === null)).toBe(true);
  });

  it("a new Plt for school B becomes the atasan of its teachers at once", async () => {
    const res = await admin.post("/api/admin/assignments", {
      personId: w.guruA.id,
      kind: "principal",
      districtId: w.district.id,
      schoolId: w.schoolB.id,
      acting: true,
      startsOn: `${y}-01-01`,
      endsOn: "2099-12-31",
    });
    expect(res.statusCode).toBe(200);
    const [guruB] = await t.database.db.select().from(cycles).where(eq(cycles.personId, w.guruB.id));
    expect(guruB).toMatchObject({ superiorId: w.guruA.id, superiorKind: "acting_principal" });
  });

  it("a teacher added while the period runs gets a cycle with the school's atasan", async () => {
    const res = await admin.post(`/api/admin/schools/${w.schoolA.id}/people`, {
      name: "Guru Pindahan",
      nip: "199101012020121002",
      employmentStatus: "PNS",
      startsOn: `${y}-01-01`,
    });
    expect(res.statusCode).toBe(200);
    const [c] = await t.database.db.select().from(cycles).where(eq(cycles.personId, res.json().person.id));
    expect(c).toMatchObject({ periodId, superiorId: w.ksA.id, track: "guru" });
  });

  it("refuses an overlapping period with the same rules", async () => {
    const res = await admin.post(`/api/admin/districts/${w.district.id}/periods`, {
      name: "Periode Ganda",
      templateCode: "2025-annual",
      ...windows,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain("beririsan");
  });

  it("refuses a period overlapping one of the same district even with other rules, naming it", async () => {
    const res = await admin.post(`/api/admin/districts/${w.district.id}/periods`, {
      name: "Periode Semester",
      templateCode: "2024-semester",
      ...windows,
      startsOn: `${y}-07-01`,
      planningOpensOn: `${y}-07-01`,
      planningClosesOn: `${y}-07-31`,
      executionOpensOn: `${y}-08-01`,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toBe(
      `Tanggal periode ini beririsan dengan periode "Periode ${y}" (1 Januari ${y} s.d. 31 Desember ${y}) di dinas ini. Satu pegawai hanya boleh punya satu periode berjalan: ubah tanggalnya.`,
    );
  });

  it("refuses a schedule that closes before it opens, with the reason", async () => {
    const res = await admin.post(`/api/admin/districts/${w.district.id}/periods`, {
      name: "Periode Salah",
      templateCode: "2024-semester",
      ...windows,
      planningClosesOn: `${y - 1}-12-01`,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain("jadwal perencanaan ditutup sebelum dibuka");
  });

  it("refuses an unknown template", async () => {
    const res = await admin.post(`/api/admin/districts/${w.district.id}/periods`, {
      name: "Periode X",
      templateCode: "1999",
      ...windows,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe("Templat aturan tidak dikenal: 1999.");
  });

  it("extending past the next phase's opening is a 409 naming the overlap until the admin confirms it", async () => {
    const url = `/api/admin/periods/${periodId}/windows`;
    const unconfirmed = await admin.patch(url, { planningClosesOn: `${y}-03-31`, reason: "Perpanjangan nasional" });
    expect(unconfirmed.statusCode).toBe(409);
    expect(unconfirmed.json().message).toBe(
      `Jadwal perencanaan (ditutup 31 Maret ${y}) akan beririsan dengan jadwal pelaksanaan yang dibuka 1 Februari ${y}: pegawai bisa berada di dua tahap sekaligus. Bila memang disengaja, konfirmasi lalu kirim lagi.`,
    );
    const [unchanged] = await t.database.db.select().from(periods).where(eq(periods.id, periodId));
    expect(unchanged?.planningClosesOn).toBe(`${y}-01-31`);
  });

  it("extends a window later, never earlier, and records why", async () => {
    const later = await admin.patch(`/api/admin/periods/${periodId}/windows`, {
      planningClosesOn: `${y}-03-31`,
      reason: "Perpanjangan nasional",
      acceptOverlap: true,
    });
    expect(later.statusCode).toBe(200);
    expect(later.json().planningClosesOn).toBe(`${y}-03-31`);
    // Already overlapping: a later close again needs no new confirmation.
    const again = await admin.patch(`/api/admin/periods/${periodId}/windows`, { planningClosesOn: `${y}-04-01` });
    expect(again.statusCode).toBe(200);
    const earlier = await admin.patch(`/api/admin/periods/${periodId}/windows`, { planningClosesOn: `${y}-02-15` });
    expect(earlier.statusCode).toBe(400);
    // A date in a message is written as people read it, never as 2026-04-01.
    expect(earlier.json().message).toBe(`Perpanjangan tidak boleh memajukan tanggal penutupan (1 April ${y}).`);
    const audit = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, "period_extended"));
    expect(audit[0]?.reason).toBe("Perpanjangan nasional");
  });

  it("only the district admin opens or extends periods", async () => {
    const ks = await signIn(t.app, w.ksA.username as string, TEST_PASSWORD);
    const open = await ks.post(`/api/admin/districts/${w.district.id}/periods`, {
      name: "X Periode",
      templateCode: "2026-annual",
      ...windows,
      startsOn: `${y + 5}-01-01`,
      endsOn: `${y + 5}-12-31`,
    });
    expect(open.statusCode).toBe(403);
    expect(
      (await ks.patch(`/api/admin/periods/${periodId}/windows`, { planningClosesOn: `${y}-12-31` })).statusCode,
    ).toBe(403);
  });
});

describe("opening a period for many people", () => {
  it("reports progress chunk by chunk up to every cycle it created", async () => {
    const district = await makeDistrictWorld(t.database.db);
    const progress: [number, number][] = [];
    const result = await openPeriod({
      db: t.database.db,
      actorId: null,
      actingAs: "test",
      districtId: district.district.id,
      templateCode: "2025-annual",
      name: "Periode Progres",
      windows,
      now: testNow(),
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(result.cycleCount).toBeGreaterThan(0);
    expect(progress.at(-1)).toEqual([result.cycleCount, result.cycleCount]);
    expect(progress.every(([done], i) => i === 0 || done > (progress[i - 1] as [number, number])[0])).toBe(true);
  });
});
