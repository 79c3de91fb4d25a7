import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, notifications, profileCorrections } from "../../src/db/schema.js";
import { assign, makeDistrictWorld, makePerson, TEST_PASSWORD } from "../helpers/factories.js";
import { type Client, createTestApp, signIn, type TestContext } from "../helpers/test-app.js";

let t: TestContext;
let w: Awaited<ReturnType<typeof makeDistrictWorld>>;
let other: Awaited<ReturnType<typeof makeDistrictWorld>>;
let guruA: Client;
let guruB: Client;
let operatorA: Client;
let operatorB: Client;
let admin: Client;
let correctionId: string;

const as = async (username: string | null) => signIn(t.app, username as string, TEST_PASSWORD);
const NOTE = "Pangkat saya tertulis III-a, seharusnya III-b sejak April.";

async function noticesOf(personId: string, kind: string) {
  return t.database.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.personId, personId), eq(notifications.kind, kind)));
}

beforeAll(async () => {
  t = await createTestApp();
  w = await makeDistrictWorld(t.database.db);
  other = await makeDistrictWorld(t.database.db);
  const opB = await makePerson(t.database.db, { name: "Operator B", status: "NON_ASN" });
  await assign(t.database.db, opB.id, "operator", w.district.id, { schoolId: w.schoolB.id });
  // A former operator of school A: no longer told about corrections.
  const formerOp = await makePerson(t.database.db, { name: "Operator Lama", status: "NON_ASN" });
  await assign(t.database.db, formerOp.id, "operator", w.district.id, {
    schoolId: w.schoolA.id,
    startsOn: "2020-01-01",
    endsOn: "2021-01-01",
  });
  guruA = await as(w.guruA.username);
  guruB = await as(w.guruB.username);
  operatorA = await as(w.operatorA.username);
  operatorB = await as(opB.username);
  admin = await as(w.admin.username);
});
afterAll(() => t.close());

describe("reporting a correction", () => {
  it("stores it with the guru's school, audits it and tells that school's current operator only", async () => {
    const res = await guruA.post("/api/me/profile-corrections", { note: NOTE });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    correctionId = body.id;
    expect(body).toMatchObject({
      personId: w.guruA.id,
      personName: "Guru A",
      schoolId: w.schoolA.id,
      schoolName: w.schoolA.name,
      note: NOTE,
      status: "open",
      resolvedAt: null,
    });
    const [row] = await t.database.db.select().from(profileCorrections).where(eq(profileCorrections.id, correctionId));
    expect(row?.districtId).toBe(w.district.id);
    const notices = await t.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.kind, "correction_reported"));
    expect(notices.map((n) => n.personId)).toEqual([w.operatorA.id]);
    expect(notices[0]).toMatchObject({ data: { name: "Guru A" }, link: "/admin/koreksi" });
    const audit = await t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, correctionId));
    expect(audit.map((a) => a.action)).toEqual(["correction_reported"]);
  });

  it("needs a note of 10–1000 characters", async () => {
    const short = await guruA.post("/api/me/profile-corrections", { note: "  salah  " });
    expect(short.statusCode).toBe(400);
    expect(short.json().details[0].message).toBe("Jelaskan data yang salah dan yang benar (minimal 10 karakter).");
    expect((await guruA.post("/api/me/profile-corrections", { note: "x".repeat(1001) })).statusCode).toBe(400);
  });

  it("is for pegawai: an operator or admin without a teaching hat is refused", async () => {
    const res = await admin.post("/api/me/profile-corrections", { note: NOTE });
    expect(res.statusCode).toBe(403);
  });

  it("goes to the district admin when the school has no operator", async () => {
    const lone = await makePerson(t.database.db, { name: "Guru Sekolah Tanpa Operator" });
    await assign(t.database.db, lone.id, "teacher", other.district.id, { schoolId: other.schoolB.id });
    const res = await (await as(lone.username)).post("/api/me/profile-corrections", { note: NOTE });
    expect(res.statusCode).toBe(200);
    expect(await noticesOf(other.admin.id, "correction_reported")).toHaveLength(1);
  });

  it("a principal's goes to the district admin, not to the operator who may not change their data", async () => {
    const adminBefore = (await noticesOf(other.admin.id, "correction_reported")).length;
    const res = await (await as(other.ksA.username)).post("/api/me/profile-corrections", { note: NOTE });
    expect(res.statusCode).toBe(200);
    expect(res.json().schoolId).toBeNull();
    expect(await noticesOf(other.admin.id, "correction_reported")).toHaveLength(adminBefore + 1);
    expect(await noticesOf(other.operatorA.id, "correction_reported")).toHaveLength(0);
    const seen = async (username: string | null) =>
      (
        (await (await as(username)).get("/api/admin/profile-corrections")).json().corrections as { personId: string }[]
      ).map((c) => c.personId);
    expect(await seen(other.operatorA.username)).not.toContain(other.ksA.id);
    expect(await seen(other.admin.username)).toContain(other.ksA.id);
  });

  it("signed out: 401", async () => {
    const res = await t.app.inject({ method: "POST", url: "/api/me/profile-corrections", payload: { note: NOTE } });
    expect(res.statusCode).toBe(401);
  });
});

describe("seeing corrections", () => {
  it("the reporter sees their own, and only their own", async () => {
    const mine = (await guruA.get("/api/me/profile-corrections")).json().corrections;
    expect(mine.map((c: { id: string }) => c.id)).toEqual([correctionId]);
    expect((await guruB.get("/api/me/profile-corrections")).json().corrections).toEqual([]);
  });

  it("the operator of school A and the district admin see it", async () => {
    for (const client of [operatorA, admin]) {
      const list = (await client.get("/api/admin/profile-corrections")).json().corrections;
      expect(list.map((c: { id: string }) => c.id)).toContain(correctionId);
    }
    const open = (await operatorA.get("/api/admin/profile-corrections?status=open")).json().corrections;
    expect(open).toHaveLength(1);
  });

  it("the operator of another school and another district's admin do not", async () => {
    expect((await operatorB.get("/api/admin/profile-corrections")).json().corrections).toEqual([]);
    const otherAdmin = await as(other.admin.username);
    const list = (await otherAdmin.get("/api/admin/profile-corrections")).json().corrections;
    expect(list.map((c: { id: string }) => c.id)).not.toContain(correctionId);
  });

  it("a guru gets 403 on the admin list", async () => {
    expect((await guruA.get("/api/admin/profile-corrections")).statusCode).toBe(403);
  });
});

describe("resolving a correction", () => {
  const url = () => `/api/admin/profile-corrections/${correctionId}`;

  it("a guru (even the reporter) and the operator of another school cannot resolve it", async () => {
    for (const client of [guruA, guruB, operatorB, await as(other.admin.username)]) {
      expect((await client.patch(url(), { resolutionNote: "Sudah diperbaiki" })).statusCode).toBe(403);
    }
    const [row] = await t.database.db.select().from(profileCorrections).where(eq(profileCorrections.id, correctionId));
    expect(row?.status).toBe("open");
  });

  it("the school's operator resolves it; the guru is told and sees the note", async () => {
    const res = await operatorA.patch(url(), { resolutionNote: "Pangkat diubah menjadi III-b." });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: "resolved",
      resolvedByName: "Operator A",
      resolutionNote: "Pangkat diubah menjadi III-b.",
    });
    const notices = await noticesOf(w.guruA.id, "correction_resolved");
    expect(notices).toHaveLength(1);
    expect(notices[0]?.data).toEqual({ name: "Operator A" });
    const mine = (await guruA.get("/api/me/profile-corrections")).json().corrections;
    expect(mine[0]).toMatchObject({ status: "resolved", resolutionNote: "Pangkat diubah menjadi III-b." });
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, correctionId), eq(auditEvents.action, "correction_resolved")));
    expect(audit[0]).toMatchObject({ actorId: w.operatorA.id, fromState: "open", toState: "resolved" });
  });

  it("the guru's home (/api/me) shows the latest report: closed without a data change, with the note", async () => {
    const me = (await guruA.get("/api/me")).json();
    expect(me.correction).toMatchObject({
      status: "resolved",
      note: NOTE,
      resolutionNote: "Pangkat diubah menjadi III-b.",
      resolvedByName: "Operator A",
      dataChanged: false,
    });
    expect(me.correction.resolvedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // Someone who never reported one has none.
    expect((await operatorB.get("/api/me")).json().correction).toBeNull();
  });

  it("resolving twice is a clear conflict", async () => {
    const res = await admin.patch(url(), { resolutionNote: "Sudah" });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toBe("Laporan perbaikan ini sudah diselesaikan.");
  });

  it("the district admin may resolve one too; an unknown id is 404", async () => {
    const created = (await guruB.post("/api/me/profile-corrections", { note: NOTE })).json();
    const res = await admin.patch(`/api/admin/profile-corrections/${created.id}`, { resolutionNote: "Beres." });
    expect(res.statusCode).toBe(200);
    const missing = await admin.patch("/api/admin/profile-corrections/00000000-0000-4000-8000-000000000000", {
      resolutionNote: "Beres.",
    });
    expect(missing.statusCode).toBe(404);
  });
});

describe("changing the data from the correction", () => {
  it("the admin list carries each reporter with what the viewer may do (the person policy)", async () => {
    const created = (await guruA.post("/api/me/profile-corrections", { note: NOTE })).json();
    const page = (await operatorA.get("/api/admin/profile-corrections?status=open")).json();
    const row = page.corrections.find((c: { id: string }) => c.id === created.id);
    expect(row).toMatchObject({ status: "open", dataChanged: false });
    const person = page.people.find((p: { id: string }) => p.id === w.guruA.id);
    expect(person).toMatchObject({ id: w.guruA.id, actions: { update: true } });
    // An operator of another school never sees this reporter.
    const theirs = (await operatorB.get("/api/admin/profile-corrections")).json().people;
    expect(theirs.map((p: { id: string }) => p.id)).not.toContain(w.guruA.id);
  });

  it("an edit through the person update marks the report as changed, for the operator and the guru", async () => {
    const open = (await operatorA.get("/api/admin/profile-corrections?status=open")).json().corrections;
    const id = open.find((c: { personId: string }) => c.personId === w.guruA.id)?.id as string;
    // The operator of another school may not change this person: the same policy as the people page.
    expect((await operatorB.patch(`/api/admin/people/${w.guruA.id}`, { rank: "Penata / III-c" })).statusCode).toBe(403);
    const edit = await operatorA.patch(`/api/admin/people/${w.guruA.id}`, { rank: "Penata / III-c" });
    expect(edit.statusCode).toBe(200);
    const after = (await operatorA.get("/api/admin/profile-corrections?status=open")).json().corrections;
    expect(after.find((c: { id: string }) => c.id === id)?.dataChanged).toBe(true);
    const res = await operatorA.patch(`/api/admin/profile-corrections/${id}`, {
      resolutionNote: "Pangkat diperbarui.",
    });
    expect(res.json()).toMatchObject({ status: "resolved", dataChanged: true });
    const me = (await guruA.get("/api/me")).json();
    expect(me.person.rank).toBe("Penata / III-c");
    expect(me.correction).toMatchObject({
      status: "resolved",
      dataChanged: true,
      resolutionNote: "Pangkat diperbarui.",
    });
  });
});
