import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, cycleAssessors, cycles, timKinerjaSubjects } from "../../src/db/schema.js";
import { assign, makeDistrictWorld, makePerson, makeSchool, openRunningPeriod } from "../helpers/factories.js";
import { multipart } from "../helpers/factories-planning.js";
import { queueDrift } from "../helpers/queue-entries.js";
import { type Client, createTestApp, sessionFor, type TestContext } from "../helpers/test-app.js";

// Naming Tim Kinerja members per KS and pengawas (issue 9 §1): the admin assigns, the rule
// (`superiorOn`) and `cycle_assessors` follow, and every denial changes nothing.
let t: TestContext;
let w: Awaited<ReturnType<typeof makeDistrictWorld>>;
type P = Awaited<ReturnType<typeof makePerson>>;
let tim1: P; // a pengawas on the team
let tim2: P;
let ksB: P;
let outsider: P; // district B's Tim Kinerja member
let ksOther: P; // district B's KS
let admin: Client;
let adminB: Client;
let operator: Client;
let schoolC: string; // a school with no KS
const url = (d: string, rest: string) => `/api/admin/districts/${d}/tim-kinerja${rest}`;

async function assessorsOf(personId: string) {
  const rows = await t.database.db
    .select({ personId: cycleAssessors.personId })
    .from(cycleAssessors)
    .innerJoin(cycles, eq(cycles.id, cycleAssessors.cycleId))
    .where(eq(cycles.personId, personId));
  return rows.map((r) => r.personId).sort();
}
const linkCount = async () => (await t.database.db.select().from(timKinerjaSubjects)).length;
const csv = (text: string) => multipart(text, "tim.csv", "text/csv");

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  w = await makeDistrictWorld(db);
  tim1 = await makePerson(db, { name: "Pengawas Tim Satu" });
  await assign(db, tim1.id, "supervisor", w.district.id, { schoolId: w.schoolA.id });
  await assign(db, tim1.id, "tim_kinerja", w.district.id);
  tim2 = await makePerson(db, { name: "Tim Dua" });
  await assign(db, tim2.id, "tim_kinerja", w.district.id);
  ksB = await makePerson(db, { name: "KS B" });
  await assign(db, ksB.id, "principal", w.district.id, { schoolId: w.schoolB.id });
  schoolC = (await makeSchool(db, w.district.id)).id;
  const other = await makeDistrictWorld(db);
  ksOther = other.ksA;
  outsider = await makePerson(db, { name: "Tim Dinas Lain" });
  await assign(db, outsider.id, "tim_kinerja", other.district.id);
  await openRunningPeriod(db, w.district.id);
  admin = await sessionFor(t.app, db, w.admin.id);
  adminB = await sessionFor(t.app, db, other.admin.id);
  operator = await sessionFor(t.app, db, w.operatorA.id);
});
afterAll(() => t.close());

describe("assign and unassign one member", () => {
  it("before any naming the whole team observes; naming one member makes them the only one", async () => {
    expect(await assessorsOf(w.ksA.id)).toEqual([tim1.id, tim2.id].sort());
    const res = await admin.post(url(w.district.id, "/links"), { memberId: tim1.id, subjectIds: [w.ksA.id] });
    expect(res.statusCode).toBe(200);
    expect(res.json().results).toEqual([{ subjectId: w.ksA.id, name: "KS A", schoolName: null, outcome: "assigned" }]);
    expect(await assessorsOf(w.ksA.id)).toEqual([tim1.id]);
    // Only the subject's cycles were touched: KS B still has the whole team.
    expect(await assessorsOf(ksB.id)).toEqual([tim1.id, tim2.id].sort());
    const again = await admin.post(url(w.district.id, "/links"), { memberId: tim1.id, subjectIds: [w.ksA.id] });
    expect(again.json().results[0].outcome).toBe("unchanged");
    const audit = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, "tim_kinerja_assigned"));
    expect(audit).toHaveLength(1);
  });

  it("the named member sees the KS in their queue; the other member no longer does", async () => {
    const q1 = await (await sessionFor(t.app, t.database.db, tim1.id)).get("/api/planning/queue");
    const q2 = await (await sessionFor(t.app, t.database.db, tim2.id)).get("/api/planning/queue");
    const names = (r: typeof q1) => (r.json().items as { personId: string }[]).map((i) => i.personId);
    expect(names(q1)).toContain(w.ksA.id);
    expect(names(q2)).not.toContain(w.ksA.id);
    expect(names(q2)).toContain(ksB.id);
    const [cycle] = await t.database.db.select().from(cycles).where(eq(cycles.personId, w.ksA.id));
    const plan2 = await (await sessionFor(t.app, t.database.db, tim2.id)).get(`/api/cycles/${cycle?.id}/plan`);
    expect(plan2.statusCode).toBe(403);
    const plan1 = await (await sessionFor(t.app, t.database.db, tim1.id)).get(`/api/cycles/${cycle?.id}/plan`);
    expect(plan1.statusCode).toBe(200);
  });

  it("a pengawas on the team is observed by another member, never by themselves", async () => {
    const self = await admin.post(url(w.district.id, "/links"), { memberId: tim1.id, subjectIds: [tim1.id] });
    expect(self.statusCode).toBe(400);
    expect(self.json().detail ?? self.json().title).toBeDefined();
    expect(await linkCount()).toBe(1);
    const ok = await admin.post(url(w.district.id, "/links"), { memberId: tim2.id, subjectIds: [tim1.id] });
    expect(ok.statusCode).toBe(200);
    expect(await assessorsOf(tim1.id)).toEqual([tim2.id]);
  });

  it("unassigning returns the subject to the fallback and is recorded", async () => {
    const res = await admin.post(url(w.district.id, "/links/remove"), { memberId: tim1.id, subjectId: w.ksA.id });
    expect(res.statusCode).toBe(200);
    expect(await assessorsOf(w.ksA.id)).toEqual([tim1.id, tim2.id].sort());
    const missing = await admin.post(url(w.district.id, "/links/remove"), { memberId: tim1.id, subjectId: w.ksA.id });
    expect(missing.statusCode).toBe(200);
    expect(missing.json()).toEqual({ removed: false });
  });
});

describe("denials change nothing", () => {
  it("refuses a non-member, a subject who is neither KS nor pengawas, and people of another district", async () => {
    const before = await linkCount();
    const notMember = await admin.post(url(w.district.id, "/links"), { memberId: w.guruA.id, subjectIds: [ksB.id] });
    expect(notMember.statusCode).toBe(400);
    const notSubject = await admin.post(url(w.district.id, "/links"), { memberId: tim2.id, subjectIds: [w.guruA.id] });
    expect(notSubject.statusCode).toBe(400);
    // One bad choice in a bulk request: the good one is not written either.
    const mixed = await admin.post(url(w.district.id, "/links"), {
      memberId: tim2.id,
      subjectIds: [ksB.id, w.guruA.id],
    });
    expect(mixed.statusCode).toBe(400);
    const foreignMember = await admin.post(url(w.district.id, "/links"), {
      memberId: outsider.id,
      subjectIds: [ksB.id],
    });
    expect(foreignMember.statusCode).toBe(404);
    const foreignSubject = await admin.post(url(w.district.id, "/links"), {
      memberId: tim2.id,
      subjectIds: [ksOther.id],
    });
    expect(foreignSubject.statusCode).toBe(404);
    expect(await linkCount()).toBe(before);
  });

  it("only the district's own admin: the operator and another district's admin get 403", async () => {
    const before = await linkCount();
    const body = { memberId: tim2.id, subjectIds: [ksB.id] };
    expect((await operator.post(url(w.district.id, "/links"), body)).statusCode).toBe(403);
    expect((await adminB.post(url(w.district.id, "/links"), body)).statusCode).toBe(403);
    expect((await adminB.get(url(w.district.id, "/members"))).statusCode).toBe(403);
    expect((await operator.get(url(w.district.id, "/subjects"))).statusCode).toBe(403);
    const file = await csv(`nip_anggota,nip_subjek\n${tim2.nip},${ksB.nip}\n`);
    expect((await adminB.request({ method: "POST", url: url(w.district.id, "/import"), ...file })).statusCode).toBe(
      403,
    );
    expect(await linkCount()).toBe(before);
  });
});

describe("bulk by school list", () => {
  it("names the member for each school's KS; a school without KS is reported, not an error", async () => {
    const res = await admin.post(url(w.district.id, "/links"), {
      memberId: tim2.id,
      schoolIds: [w.schoolB.id, schoolC],
    });
    expect(res.statusCode).toBe(200);
    const results = res.json().results as { subjectId: string | null; outcome: string }[];
    expect(results).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ subjectId: ksB.id, outcome: "assigned" }),
        expect.objectContaining({ subjectId: null, outcome: "noPrincipal" }),
      ]),
    );
    expect(await assessorsOf(ksB.id)).toEqual([tim2.id]);
  });
});

describe("CSV", () => {
  const post = async (text: string, dryRun = false) =>
    admin.request({
      method: "POST",
      url: url(w.district.id, `/import${dryRun ? "?dryRun=true" : ""}`),
      ...(await csv(text)),
    });

  it("a bad file changes nothing and names every problem with its line", async () => {
    const before = await linkCount();
    const res = await post(
      [
        "nip_anggota;npsn;nip_subjek",
        `${tim1.nip};;${w.ksA.nip}`, // fine
        `${tim1.nip};;${tim1.nip}`, // self
        `${w.guruA.nip};;${w.ksA.nip}`, // not a member
        `${tim1.nip};;${ksOther.nip}`, // another district
        `${tim1.nip};;${w.ksA.nip}`, // duplicate of line 2
      ].join("\n"),
    );
    expect(res.statusCode).toBe(400);
    const lines = (res.json().details as { line: number }[]).map((d) => d.line);
    expect(new Set(lines)).toEqual(new Set([3, 4, 5, 6]));
    expect(await linkCount()).toBe(before);
  });

  it("dry run previews; the real run names by NIP or by NPSN (the school's KS)", async () => {
    const text = `nip_anggota,nip_subjek,npsn\n${tim1.nip},${w.ksA.nip},\n${tim1.nip},,${await schoolNpsn(w.schoolB.id)}\n`;
    const before = await linkCount();
    const dry = await post(text, true);
    expect(dry.statusCode).toBe(200);
    expect(dry.json().rows.map((r: { outcome: string }) => r.outcome)).toEqual(["assigned", "assigned"]);
    expect(await linkCount()).toBe(before);
    const real = await post(text);
    expect(real.statusCode).toBe(200);
    expect(await assessorsOf(w.ksA.id)).toEqual([tim1.id]);
    expect(await assessorsOf(ksB.id)).toEqual([tim1.id, tim2.id].sort());
  });

  it("refuses a file that is not a CSV, has no member column, or is too long", async () => {
    const before = await linkCount();
    expect((await post("nama\nBudi\n")).statusCode).toBe(400);
    const long = ["nip_anggota,nip_subjek", ...Array.from({ length: 2001 }, () => `${tim1.nip},${w.ksA.nip}`)];
    const tooLong = await post(long.join("\n"));
    expect(tooLong.statusCode).toBe(400);
    const binary = await admin.request({
      method: "POST",
      url: url(w.district.id, "/import"),
      ...(await multipart(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2]), "tim.xlsx", "application/octet-stream")),
    });
    expect(binary.statusCode).toBe(400);
    expect(await linkCount()).toBe(before);
  });
});

describe("workload view", () => {
  it("counts each member's subjects, flags members without and subjects without a member", async () => {
    const tim3 = await makePerson(t.database.db, { name: "Tim Tiga" });
    await assign(t.database.db, tim3.id, "tim_kinerja", w.district.id);
    const res = await admin.get(url(w.district.id, "/members?limit=2"));
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.members).toHaveLength(2);
    expect(body.nextCursor).not.toBeNull();
    const rest = await admin.get(url(w.district.id, `/members?limit=2&cursor=${body.nextCursor}`));
    const all = [...body.members, ...rest.json().members] as { personId: string; subjectCount: number }[];
    const count = (id: string) => all.find((m) => m.personId === id)?.subjectCount;
    expect(count(tim1.id)).toBe(2); // KS A, KS B
    expect(count(tim2.id)).toBe(2); // tim1 (a pengawas), KS B
    expect(count(tim3.id)).toBe(0);
    expect(body.summary).toEqual({ members: 3, membersWithout: 1, subjects: 3, subjectsWithout: 0 });
    const none = await admin.get(url(w.district.id, "/members?filter=none"));
    expect(none.json().members.map((m: { personId: string }) => m.personId)).toEqual([tim3.id]);
    const search = await admin.get(url(w.district.id, "/members?q=Tiga"));
    expect(search.json().members).toHaveLength(1);

    const subjects = await admin.get(url(w.district.id, `/subjects?memberId=${tim1.id}`));
    expect(
      subjects
        .json()
        .subjects.map((s: { personId: string }) => s.personId)
        .sort(),
    ).toEqual([w.ksA.id, ksB.id].sort());
    await t.database.db
      .delete(timKinerjaSubjects)
      .where(and(eq(timKinerjaSubjects.subjectId, w.ksA.id), inArray(timKinerjaSubjects.memberId, [tim1.id])));
    const unassigned = await admin.get(url(w.district.id, "/subjects?filter=none"));
    expect(unassigned.json().subjects).toEqual([
      expect.objectContaining({ personId: w.ksA.id, role: "kepala_sekolah", members: [] }),
    ]);
  });
});

async function schoolNpsn(id: string) {
  const { schools } = await import("../../src/db/schema.js");
  const [s] = await t.database.db.select({ npsn: schools.npsn }).from(schools).where(eq(schools.id, id));
  return s?.npsn as string;
}

describe("the queues' index", () => {
  it("matches the cycles, their atasan and their Tim Kinerja after all of the above", async () => {
    expect(await queueDrift(t.database.db)).toEqual([]);
  });
});
