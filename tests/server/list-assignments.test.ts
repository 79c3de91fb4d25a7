import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { schools } from "../../src/db/schema.js";
import { assign, makeDistrictWorld, makePerson, makeTeachers, TEST_PASSWORD } from "../helpers/factories.js";
import { onePage, walkPages } from "../helpers/pages.js";
import { tallyMismatches } from "../helpers/tallies.js";
import { type Client, createTestApp, signIn, type TestContext } from "../helpers/test-app.js";

let t: TestContext;
let w: Awaited<ReturnType<typeof makeDistrictWorld>>;
let admin: Client;
let url: string;

type Row = { id: string; personName: string; kind: string; schoolId: string | null; endsOn: string | null };

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  w = await makeDistrictWorld(db);
  // Five people with the same name: the sort key ties and only the id tells the pages apart.
  for (let i = 0; i < 5; i++) {
    const p = await makePerson(db, { name: "Sama Nama", username: null });
    await assign(db, p.id, "teacher", w.district.id, { schoolId: i % 2 ? w.schoolA.id : w.schoolB.id });
  }
  const ended = await makePerson(db, { name: "Pengawas Lama", username: null });
  await assign(db, ended.id, "supervisor", w.district.id, { endsOn: "2001-01-01" });
  admin = await signIn(t.app, w.admin.username as string, TEST_PASSWORD);
  url = `/api/admin/districts/${w.district.id}/assignments`;
});
afterAll(() => t.close());
// Every hat written keeps the assignments list's trigger-kept counts true.
afterEach(async () => expect(await tallyMismatches(t.database.db)).toEqual([]));

describe("the district's assignments, a page at a time", () => {
  it("walks every current assignment once, in name order, even when names tie", async () => {
    const walked = await walkPages<Row>(admin, url, "assignments", 2);
    const all = await onePage<Row>(admin, url, "assignments");
    expect(walked.map((r) => r.id)).toEqual(all.map((r) => r.id));
    expect(new Set(walked.map((r) => r.id)).size).toBe(walked.length);
    expect(walked.filter((r) => r.personName === "Sama Nama")).toHaveLength(5);
    expect(walked.some((r) => r.personName === "Pengawas Lama")).toBe(false);
    const names = walked.map((r) => r.personName);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const first = (await admin.get(`${url}?limit=2`)).json();
    expect(first.total).toBe(walked.length);
  });

  it("shows ended ones on request, and counts each kind of every match", async () => {
    const res = (await admin.get(`${url}?state=all&limit=1`)).json();
    expect(res.assignments).toHaveLength(1);
    expect(res.byKind).toEqual({
      admin: 1,
      head_of_district: 1,
      principal: 1,
      teacher: 7,
      operator: 1,
      supervisor: 1,
    });
    expect(res.total).toBe(12);
  });

  it("filters by kind and school, and searches name, NIP or school", async () => {
    const teachersA = (await admin.get(`${url}?kind=teacher&schoolId=${w.schoolA.id}`)).json();
    expect(teachersA.assignments.every((r: Row) => r.kind === "teacher" && r.schoolId === w.schoolA.id)).toBe(true);
    expect(teachersA.total).toBe(3);
    expect(teachersA.byKind.principal).toBe(1);
    // A page without a row still counts the other kinds (asked apart: no row carries them).
    const none = (await admin.get(`${url}?kind=supervisor&schoolId=${w.schoolA.id}`)).json();
    expect(none.assignments).toEqual([]);
    expect(none.total).toBe(0);
    expect(none.byKind).toEqual(teachersA.byKind);
    // So does one of the whole district (from the tallies, apart).
    const noTim = (await admin.get(`${url}?kind=tim_kinerja`)).json();
    expect(noTim.assignments).toEqual([]);
    expect(noTim.total).toBe(0);
    expect(noTim.byKind).toEqual((await admin.get(url)).json().byKind);
    expect(noTim.byKind.teacher).toBeGreaterThan(0);
    const byName = (await admin.get(`${url}?q=guru%20a`)).json();
    expect(byName.assignments.map((r: Row) => r.personName)).toEqual(["Guru A"]);
    const byNip = (await admin.get(`${url}?q=${w.guruB.nip}`)).json();
    expect(byNip.assignments.map((r: Row) => r.personName)).toEqual(["Guru B"]);
    const wildcard = (await admin.get(`${url}?q=%25`)).json();
    expect(wildcard.total).toBe(0);
    // Three letters or more match inside a word; one or two only at a word's start (no trigram index
    // serves them: inside words they would read every person), in the page and in its counts alike.
    expect((await admin.get(`${url}?q=ama`)).json().total).toBe(5);
    const am = (await admin.get(`${url}?q=am`)).json();
    expect(am.total).toBe(0);
    expect(am.assignments).toEqual([]);
    expect((await admin.get(`${url}?q=sa`)).json().total).toBe(5);
  });

  it("a school's name finds its people's assignments, paged without repeats and counted per kind", async () => {
    const q = `?q=${encodeURIComponent(w.schoolA.name)}`;
    const walked = await walkPages<Row>(admin, `${url}${q}`, "assignments", 2);
    const inA = await onePage<Row>(admin, `${url}?schoolId=${w.schoolA.id}`, "assignments");
    expect(walked.map((r) => r.id).sort()).toEqual(inA.map((r) => r.id).sort());
    const first = (await admin.get(`${url}${q}&limit=1`)).json();
    expect(first.total).toBe(inA.length);
    expect(first.byKind).toEqual((await admin.get(`${url}?schoolId=${w.schoolA.id}&limit=1`)).json().byKind);
    const teachers = (await admin.get(`${url}${q}&kind=teacher`)).json();
    expect(teachers.assignments.every((r: Row) => r.kind === "teacher" && r.schoolId === w.schoolA.id)).toBe(true);
    expect(teachers.total).toBe(first.byKind.teacher);
  });

  it("a search keeps the other filters: one school's hats, ended hats only when asked, in the counts too", async () => {
    const sama = async (more: string) => (await admin.get(`${url}?q=sama%20nama${more}`)).json();
    const all = await sama("");
    expect([all.total, all.byKind]).toEqual([5, { teacher: 5 }]);
    const inA = await sama(`&schoolId=${w.schoolA.id}`);
    expect(inA.assignments.every((r: Row) => r.schoolId === w.schoolA.id)).toBe(true);
    expect([inA.total, inA.byKind]).toEqual([2, { teacher: 2 }]);
    // "Pengawas Lama"'s hat ended in 2001: found by the search only with the ended ones.
    const lama = async (more: string) => (await admin.get(`${url}?q=lama${more}`)).json();
    expect([(await lama("")).total, (await lama("")).byKind]).toEqual([0, {}]);
    const ended = await lama("&state=all");
    expect(ended.assignments.map((r: Row) => [r.personName, r.endsOn])).toEqual([["Pengawas Lama", "2001-01-01"]]);
    expect(ended.byKind).toEqual({ supervisor: 1 });
    expect((await lama("&state=all&kind=teacher")).assignments).toEqual([]);
  });

  it("follows a rename: the list is in the names people have now, the new hat's too", async () => {
    const db = t.database.db;
    const p = await makePerson(db, { name: "Zaenal Akhir", username: null });
    await assign(db, p.id, "teacher", w.district.id, { schoolId: w.schoolA.id });
    const order = async () => (await onePage<Row>(admin, url, "assignments")).map((r) => r.personName);
    expect((await order()).at(-1)).toBe("Zaenal Akhir");
    expect((await admin.patch(`/api/admin/people/${p.id}`, { name: "Aaron Awal" })).statusCode).toBe(200);
    const names = await order();
    expect(names[0]).toBe("Aaron Awal");
    expect(names).not.toContain("Zaenal Akhir");
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    // Paged by the kept name: the cursor of a page that ends on the renamed person carries on after it.
    const [first] = await walkPages<Row>(admin, url, "assignments", 1);
    expect(first?.personName).toBe("Aaron Awal");
  });

  it("a bad cursor is a 400, another district's list a 403", async () => {
    const bad = await admin.get(`${url}?cursor=bm90LWEtY3Vyc29y`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toBe("Penanda halaman tidak valid. Muat ulang daftar dari awal.");
    const operator = await signIn(t.app, w.operatorA.username as string, TEST_PASSWORD);
    expect((await operator.get(url)).statusCode).toBe(403);
  });

  it("a search counts each kind to 100 and says so ('100+'); the list goes on past it", async () => {
    const db = t.database.db;
    const many = Array.from({ length: 104 }, (_, i) => ({ name: `Banyak ${String(i).padStart(3, "0")}` }));
    const made = await makeTeachers(db, many, w.district.id, w.schoolA.id);
    await assign(db, made[0]?.id as string, "operator", w.district.id, { schoolId: w.schoolB.id });
    const res = (await admin.get(`${url}?q=banyak&limit=2`)).json();
    expect(res.byKind).toEqual({ teacher: 100, operator: 1 });
    expect(res.cappedKinds).toEqual(["teacher"]);
    expect(res.total).toBe(101);
    expect(res.totalCapped).toBe(true);
    const operators = (await admin.get(`${url}?q=banyak&kind=operator`)).json();
    expect([operators.total, operators.totalCapped]).toEqual([1, false]);
    // Under the cap a kind's count is exact, and nothing says "+".
    const few = (await admin.get(`${url}?q=banyak%2000`)).json();
    expect(few.byKind).toEqual({ teacher: 10, operator: 1 });
    expect([few.cappedKinds, few.totalCapped]).toEqual([[], false]);
    const walked = await walkPages<Row>(admin, `${url}?q=banyak&kind=teacher`, "assignments", 50);
    expect(walked).toHaveLength(104);
    // Past 1,000 matching people the counts read no further: each kind's number is then a lower
    // bound, and says so.
    const more = Array.from({ length: 900 }, (_, i) => ({ name: `Banyak Lagi ${String(i).padStart(3, "0")}` }));
    await makeTeachers(db, more, w.district.id, w.schoolB.id);
    const broad = (await admin.get(`${url}?q=banyak&limit=1`)).json();
    expect(broad.byKind.teacher).toBe(100);
    expect(Object.keys(broad.byKind).every((k) => broad.cappedKinds.includes(k))).toBe(true);
    expect(broad.totalCapped).toBe(true);
  });
});

describe("the schools I manage, a page at a time", () => {
  it("walks every school once in name order even when names tie, searches name or NPSN, one district", async () => {
    const db = t.database.db;
    await db.insert(schools).values(
      Array.from({ length: 5 }, (_, i) => ({
        districtId: w.district.id,
        npsn: String(90000000 + i),
        name: "Sekolah Kembar",
        level: "SD" as const,
      })),
    );
    const other = await makeDistrictWorld(db);
    const url = `/api/admin/schools?districtId=${w.district.id}`;
    const walked = await walkPages<{ id: string; name: string; districtId: string }>(admin, url, "schools", 2);
    expect(walked.map((s) => s.id)).toEqual((await onePage<{ id: string }>(admin, url, "schools")).map((s) => s.id));
    expect(walked).toHaveLength(7);
    expect(walked.every((s) => s.districtId === w.district.id)).toBe(true);
    expect(walked.some((s) => s.id === other.schoolA.id)).toBe(false);
    const byNpsn = (await admin.get("/api/admin/schools?q=90000003")).json();
    expect(byNpsn.schools.map((s: { npsn: string }) => s.npsn)).toEqual(["90000003"]);
    expect((await admin.get("/api/admin/schools?cursor=bm90LWEtY3Vyc29y")).statusCode).toBe(400);
    // Another district's schools are not mine even when asked for by id.
    expect((await admin.get(`/api/admin/schools?districtId=${other.district.id}`)).json().schools).toEqual([]);
  });
});
