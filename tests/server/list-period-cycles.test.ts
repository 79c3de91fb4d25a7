import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documents, schools } from "../../src/db/schema.js";
import { assign, makeDistrictWorld, makePerson, makeSchool, TEST_PASSWORD } from "../helpers/factories.js";
import { openRunningPeriod } from "../helpers/factories-planning.js";
import { onePage, walkPages } from "../helpers/pages.js";
import { type Client, createTestApp, signIn, type TestContext } from "../helpers/test-app.js";

let t: TestContext;
let w: Awaited<ReturnType<typeof makeDistrictWorld>>;
let admin: Client;
let url: string;
let periodId: string;

type Row = { cycleId: string; name: string; track: string; schoolName: string | null; planStatus: string };

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  w = await makeDistrictWorld(db);
  for (let i = 0; i < 5; i++) {
    const p = await makePerson(db, { name: "Sama Nama", username: null });
    await assign(db, p.id, "teacher", w.district.id, { schoolId: w.schoolA.id });
  }
  // More schools named alike than a search starts from (FEW_SCHOOLS in cursor.ts): "sekolah" is in
  // every school's name, "contoh" in these only.
  for (let i = 0; i < 22; i++) {
    const s = await makeSchool(db, w.district.id);
    await db
      .update(schools)
      .set({ name: `Sekolah Contoh ${i}` })
      .where(eq(schools.id, s.id));
    const p = await makePerson(db, { name: `Pengajar ${i}`, username: null });
    await assign(db, p.id, "teacher", w.district.id, { schoolId: s.id });
  }
  const both = await makePerson(db, { name: `Guru ${w.schoolA.name}`, username: null });
  await assign(db, both.id, "teacher", w.district.id, { schoolId: w.schoolA.id });
  const period = await openRunningPeriod(db, w.district.id);
  periodId = period.periodId;
  // One plan submitted: the counts and the status filter see it.
  const [one] = await db.select({ id: documents.id }).from(documents).where(eq(documents.kind, "plan")).limit(1);
  await db
    .update(documents)
    .set({ status: "submitted", version: 2 })
    .where(eq(documents.id, one?.id ?? ""));
  admin = await signIn(t.app, w.admin.username as string, TEST_PASSWORD);
  url = `/api/admin/periods/${periodId}/cycles`;
});
afterAll(() => t.close());

describe("a period's cycles, a page at a time", () => {
  it("walks every cycle once in name order even when names tie, and the period counts them", async () => {
    const walked = await walkPages<Row>(admin, url, "cycles", 2);
    const all = await onePage<Row>(admin, url, "cycles");
    expect(walked.map((r) => r.cycleId)).toEqual(all.map((r) => r.cycleId));
    expect(new Set(walked.map((r) => r.cycleId)).size).toBe(walked.length);
    expect(walked.filter((r) => r.name === "Sama Nama")).toHaveLength(5);
    const period = (await admin.get(`/api/admin/periods/${periodId}`)).json();
    expect(period.counts.byPlanStatus).toEqual({ not_started: walked.length - 1, submitted: 1 });
    expect(period.counts.byPhase).toEqual({ perencanaan: walked.length });
    expect((await admin.get(`${url}?limit=1`)).json().total).toBe(walked.length);
  });

  it("filters by plan status, track and school, and searches name, NIP or school", async () => {
    const submitted = (await admin.get(`${url}?status=submitted`)).json();
    expect(submitted.cycles.map((r: Row) => r.planStatus)).toEqual(["submitted"]);
    expect(submitted.total).toBe(1);
    const ks = (await admin.get(`${url}?track=kepala_sekolah`)).json();
    expect(ks.cycles.map((r: Row) => r.name)).toEqual(["KS A"]);
    const schoolB = (await admin.get(`${url}?schoolId=${w.schoolB.id}`)).json();
    expect(schoolB.cycles.map((r: Row) => r.name)).toEqual(["Guru B"]);
    expect((await admin.get(`${url}?q=${w.guruA.nip}`)).json().cycles.map((r: Row) => r.name)).toEqual(["Guru A"]);
    expect((await admin.get(`${url}?q=sama`)).json().total).toBe(5);
    // A full first page asks the count statement; one with room to spare is its own count: the same.
    expect((await admin.get(`${url}?q=sama&limit=2`)).json().total).toBe(5);
    expect((await admin.get(`${url}?status=not_started&limit=1`)).json().total).toBe(
      (await admin.get(`${url}?status=not_started`)).json().total,
    );
  });

  it("a search matches the person or the school, counts a row matching both once, and pages without repeats", async () => {
    // School A's name matches; so does the name of one of its teachers (beforeAll): one row, two reasons.
    const schoolAName = w.schoolA.name.toLowerCase();
    const bySchool = await walkPages<Row>(admin, `${url}?q=${encodeURIComponent(schoolAName)}`, "cycles", 2);
    const inSchoolA = await onePage<Row>(admin, `${url}?schoolId=${w.schoolA.id}`, "cycles");
    expect(bySchool.map((r) => r.cycleId).sort()).toEqual(inSchoolA.map((r) => r.cycleId).sort());
    expect(new Set(bySchool.map((r) => r.cycleId)).size).toBe(bySchool.length);
    // First the person a word of whose name starts with the term, then the others in name order.
    const [first, ...rest] = bySchool.map((r) => r.name);
    expect(first?.toLowerCase()).toContain(` ${schoolAName}`);
    expect(rest).toEqual([...rest].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect((await admin.get(`${url}?q=${encodeURIComponent(schoolAName)}&limit=1`)).json().total).toBe(
      inSchoolA.length,
    );
    // The person branch alone: a name in school B's period row, not school A's.
    const guruB = await walkPages<Row>(admin, `${url}?q=guru%20b`, "cycles", 1);
    expect(guruB.map((r) => r.name)).toEqual(["Guru B"]);
  });

  it("a word most of the district's schools share finds every row at them, paged and counted as a rare one", async () => {
    const all = await onePage<Row>(admin, url, "cycles");
    const atSchools = all.filter((r) => r.schoolName !== null);
    for (const term of ["sekolah", "contoh"]) {
      const found = await walkPages<Row>(admin, `${url}?q=${term}`, "cycles", 7);
      const expected = atSchools.filter(
        (r) => r.schoolName?.toLowerCase().includes(term) || r.name.toLowerCase().includes(term),
      );
      expect(found.map((r) => r.cycleId).sort()).toEqual(expected.map((r) => r.cycleId).sort());
      expect(new Set(found.map((r) => r.cycleId)).size).toBe(found.length);
      expect((await admin.get(`${url}?q=${term}&limit=3`)).json().total).toBe(expected.length);
    }
    // Few schools: "contoh 1" is in two ("Contoh 1" and "Contoh 10".."19" are eleven: still few).
    const one = await walkPages<Row>(admin, `${url}?q=${encodeURIComponent("contoh 2")}`, "cycles", 1);
    expect(one.map((r) => r.schoolName).sort()).toEqual(["Sekolah Contoh 2", "Sekolah Contoh 20", "Sekolah Contoh 21"]);
  });

  it("a bad cursor or filter is a 400; an operator, or another district's admin, is refused", async () => {
    expect((await admin.get(`${url}?cursor=bm90LWEtY3Vyc29y`)).statusCode).toBe(400);
    expect((await admin.get(`${url}?status=nope`)).statusCode).toBe(400);
    const operator = await signIn(t.app, w.operatorA.username as string, TEST_PASSWORD);
    expect((await operator.get(url)).statusCode).toBe(403);
    const other = await makeDistrictWorld(t.database.db);
    const otherAdmin = await signIn(t.app, other.admin.username as string, TEST_PASSWORD);
    expect((await otherAdmin.get(url)).statusCode).toBe(403);
  });
});
