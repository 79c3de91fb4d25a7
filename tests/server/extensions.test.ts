import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, cycles, windowExtensions } from "../../src/db/schema.js";
import { addDays } from "../../src/domain/cycles/phase.js";
import { longDate } from "../../src/domain/time/long-date.js";
import { testToday } from "../helpers/clock.js";
import { makeDistrictWorld, TEST_PASSWORD } from "../helpers/factories.js";
import { openRunningPeriod } from "../helpers/factories-planning.js";
import { type Client, createTestApp, signIn, type TestContext } from "../helpers/test-app.js";

let t: TestContext;
let w: Awaited<ReturnType<typeof makeDistrictWorld>>;
let other: Awaited<ReturnType<typeof makeDistrictWorld>>;
let admin: Client;
let period: Awaited<ReturnType<typeof openRunningPeriod>>;
let url: string;
const today = testToday();

const as = async (username: string | null) => signIn(t.app, username as string, TEST_PASSWORD);
// The test period's planning closes just before pelaksanaan opens: every extension here overlaps it.
const base = { phase: "perencanaan", reason: "Data pegawai sekolah baru masuk minggu ini", acceptOverlap: true };

async function planningCloseOf(client: Client, personId: string) {
  const [c] = await t.database.db.select().from(cycles).where(eq(cycles.personId, personId));
  const res = await client.get(`/api/cycles/${c?.id}/plan`);
  expect(res.statusCode).toBe(200);
  return res.json().cycle.planningClosesOn as string;
}

beforeAll(async () => {
  t = await createTestApp();
  w = await makeDistrictWorld(t.database.db);
  other = await makeDistrictWorld(t.database.db);
  period = await openRunningPeriod(t.database.db, w.district.id);
  url = `/api/admin/periods/${period.periodId}/extensions`;
  admin = await as(w.admin.username);
});
afterAll(() => t.close());

describe("extending planning for a school or a person", () => {
  it("the district admin extends one school; its staff get the later close, others keep theirs", async () => {
    const res = await admin.post(url, {
      ...base,
      scope: "school",
      schoolId: w.schoolB.id,
      closesOn: addDays(today, 20),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      scope: "school",
      schoolId: w.schoolB.id,
      schoolName: w.schoolB.name,
      personId: null,
      closesOn: addDays(today, 20),
      reason: base.reason,
      createdByName: "Admin Dinas",
    });
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, period.periodId), eq(auditEvents.action, "window_extended")));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: w.admin.id, reason: base.reason });
    expect(audit[0]?.data).toMatchObject({ scope: "school", schoolId: w.schoolB.id, closesOn: addDays(today, 20) });

    expect(await planningCloseOf(await as(w.guruB.username), w.guruB.id)).toBe(addDays(today, 20));
    expect(await planningCloseOf(await as(w.guruA.username), w.guruA.id)).toBe(period.planningClosesOn);
  });

  it("extends one person who has a cycle in the period", async () => {
    const res = await admin.post(url, { ...base, scope: "person", personId: w.guruA.id, closesOn: addDays(today, 30) });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ scope: "person", personName: "Guru A", schoolId: null });
    expect(await planningCloseOf(await as(w.guruA.username), w.guruA.id)).toBe(addDays(today, 30));
    expect(await planningCloseOf(await as(w.ksA.username), w.ksA.id)).toBe(period.planningClosesOn);
  });

  it("lists the extensions with school and person names, newest first", async () => {
    const res = await admin.get(url);
    expect(res.statusCode).toBe(200);
    const list = res.json().extensions as { scope: string; schoolName: string | null; personName: string | null }[];
    expect(list.map((e) => [e.scope, e.schoolName, e.personName])).toEqual([
      ["person", null, "Guru A"],
      ["school", w.schoolB.name, null],
    ]);
  });
});

describe("what is refused", () => {
  const count = async () => (await t.database.db.select().from(windowExtensions)).length;

  it("a close not after the period's planning close, or past the period's end", async () => {
    const before = await count();
    const same = await admin.post(url, {
      ...base,
      scope: "school",
      schoolId: w.schoolA.id,
      closesOn: period.planningClosesOn,
    });
    expect(same.statusCode).toBe(400);
    expect(same.json().message).toBe(
      `Tanggal penutupan perpanjangan harus setelah penutupan masa perencanaan periode ini (${longDate(period.planningClosesOn, "id")}).`,
    );
    const late = await admin.post(url, {
      ...base,
      scope: "school",
      schoolId: w.schoolA.id,
      closesOn: addDays(today, 400),
    });
    expect(late.statusCode).toBe(400);
    expect(late.json().message).toBe(
      `Tanggal penutupan perpanjangan tidak boleh melewati akhir periode (${longDate(period.endsOn, "id")}).`,
    );
    expect(await count()).toBe(before);
  });

  it("a close that runs into pelaksanaan is refused (409, dates in words) until the admin confirms it", async () => {
    const before = await count();
    const closesOn = addDays(period.executionOpensOn, 2);
    const res = await admin.post(url, {
      ...base,
      acceptOverlap: undefined,
      scope: "school",
      schoolId: w.schoolA.id,
      closesOn,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain(`(ditutup ${longDate(closesOn, "id")})`);
    expect(res.json().message).toContain(`dibuka ${longDate(period.executionOpensOn, "id")}`);
    expect(await count()).toBe(before);
  });

  it("a school of another district, or a person without a cycle in the period", async () => {
    const closesOn = addDays(today, 20);
    const foreign = await admin.post(url, { ...base, scope: "school", schoolId: other.schoolA.id, closesOn });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().message).toBe("Sekolah tersebut bukan bagian dari dinas ini.");
    const noCycle = await admin.post(url, { ...base, scope: "person", personId: w.operatorA.id, closesOn });
    expect(noCycle.statusCode).toBe(400);
    expect(noCycle.json().message).toBe("Operator A tidak memiliki siklus kinerja pada periode ini.");
    const stranger = await admin.post(url, { ...base, scope: "person", personId: other.guruA.id, closesOn });
    expect(stranger.statusCode).toBe(400);
  });

  it("a missing or short reason, a scope without its id, another phase", async () => {
    const closesOn = addDays(today, 20);
    const short = await admin.post(url, { ...base, reason: " ok ", scope: "school", schoolId: w.schoolA.id, closesOn });
    expect(short.statusCode).toBe(400);
    expect(short.json().details.map((d: { message: string }) => d.message)).toContain(
      "Tuliskan alasan perpanjangan (minimal 5 karakter).",
    );
    const { reason: _, ...noReason } = base;
    expect((await admin.post(url, { ...noReason, scope: "school", schoolId: w.schoolA.id, closesOn })).statusCode).toBe(
      400,
    );
    expect((await admin.post(url, { ...base, scope: "person", schoolId: w.schoolA.id, closesOn })).statusCode).toBe(
      400,
    );
    const phase = await admin.post(url, {
      ...base,
      phase: "pelaksanaan",
      scope: "school",
      schoolId: w.schoolA.id,
      closesOn,
    });
    expect(phase.statusCode).toBe(400);
  });

  it("anyone but the period's district admin: 403; unknown period 404; signed out 401", async () => {
    const body = { ...base, scope: "school", schoolId: w.schoolA.id, closesOn: addDays(today, 20) };
    for (const username of [w.operatorA.username, w.ksA.username, w.head.username, other.admin.username]) {
      const client = await as(username);
      expect((await client.post(url, body)).statusCode, username ?? "").toBe(403);
      expect((await client.get(url)).statusCode, username ?? "").toBe(403);
    }
    const missing = "/api/admin/periods/00000000-0000-4000-8000-000000000000/extensions";
    expect((await admin.post(missing, body)).statusCode).toBe(404);
    expect((await admin.get(missing)).statusCode).toBe(404);
    expect((await t.app.inject({ method: "POST", url, payload: body })).statusCode).toBe(401);
  });
});
