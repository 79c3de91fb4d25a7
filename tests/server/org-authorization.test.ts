import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { assignments, people, schools } from "../../src/db/schema.js";
import { assign, makeDistrictWorld, makeTeachers, TEST_PASSWORD } from "../helpers/factories.js";
import { tallyMismatches } from "../helpers/tallies.js";
import { type Client, createTestApp, signIn, type TestContext } from "../helpers/test-app.js";

let t: TestContext;
let w: Awaited<ReturnType<typeof makeDistrictWorld>>;
let other: Awaited<ReturnType<typeof makeDistrictWorld>>;
let operator: Client;
let admin: Client;
let guru: Client;

beforeAll(async () => {
  t = await createTestApp();
  w = await makeDistrictWorld(t.database.db);
  other = await makeDistrictWorld(t.database.db);
  operator = await signIn(t.app, w.operatorA.username as string, TEST_PASSWORD);
  admin = await signIn(t.app, w.admin.username as string, TEST_PASSWORD);
  guru = await signIn(t.app, w.guruA.username as string, TEST_PASSWORD);
});
afterAll(() => t.close());
// Every hat written keeps the assignments list's trigger-kept counts true.
afterEach(async () => expect(await tallyMismatches(t.database.db)).toEqual([]));

describe("operator of school A", () => {
  it("lists only school A", async () => {
    const res = await operator.get("/api/admin/schools");
    expect(res.json().schools.map((s: { id: string }) => s.id)).toEqual([w.schoolA.id]);
  });
  it("reads school A with its staff", async () => {
    const res = await operator.get(`/api/admin/schools/${w.schoolA.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().people.map((p: { name: string }) => p.name)).toContain("Guru A");
  });
  it("can neither read nor change school B", async () => {
    expect((await operator.get(`/api/admin/schools/${w.schoolB.id}`)).statusCode).toBe(403);
    const res = await operator.patch(`/api/admin/schools/${w.schoolB.id}`, { name: "Diubah Operator A" });
    expect(res.statusCode).toBe(403);
    const [b] = await t.database.db.select().from(schools).where(eq(schools.id, w.schoolB.id));
    expect(b?.name).toBe(w.schoolB.name);
  });
  it("cannot change a teacher of school B, nor add one there", async () => {
    expect((await operator.patch(`/api/admin/people/${w.guruB.id}`, { name: "Nama Lain" })).statusCode).toBe(403);
    const add = await operator.post(`/api/admin/schools/${w.schoolB.id}/people`, {
      name: "Guru Selundupan",
      employmentStatus: "PNS",
      startsOn: "2026-01-01",
    });
    expect(add.statusCode).toBe(403);
    const [row] = await t.database.db.select().from(people).where(eq(people.name, "Guru Selundupan"));
    expect(row).toBeUndefined();
  });
  it("changes school A and its teachers", async () => {
    const res = await operator.patch(`/api/admin/schools/${w.schoolA.id}`, { address: "Jl. Baru 5" });
    expect(res.statusCode).toBe(200);
    expect(res.json().address).toBe("Jl. Baru 5");
    const p = await operator.patch(`/api/admin/people/${w.guruA.id}`, { rank: "Penata / III-c" });
    expect(p.json().rank).toBe("Penata / III-c");
  });
  it("cannot make anyone a KS, Tim Kinerja or admin, nor see district pages", async () => {
    const res = await operator.post("/api/admin/assignments", {
      personId: w.guruA.id,
      kind: "principal",
      districtId: w.district.id,
      schoolId: w.schoolA.id,
      startsOn: "2026-01-01",
    });
    expect(res.statusCode).toBe(403);
    expect((await operator.get(`/api/admin/districts/${w.district.id}/periods`)).statusCode).toBe(403);
    expect((await operator.get(`/api/admin/districts/${w.district.id}/people`)).statusCode).toBe(403);
  });
});

describe("guru", () => {
  it("gets 403 on every admin route", async () => {
    const urls = [
      `/api/admin/schools/${w.schoolA.id}`,
      `/api/admin/districts/${w.district.id}/people`,
      `/api/admin/districts/${w.district.id}/assignments`,
      `/api/admin/districts/${w.district.id}/periods`,
    ];
    for (const url of urls) expect((await guru.get(url)).statusCode, url).toBe(403);
    expect((await guru.get("/api/admin/schools")).json().schools).toEqual([]);
    const res = await guru.post(`/api/admin/districts/${w.district.id}/schools`, {
      npsn: "99999999",
      name: "Sekolah Palsu",
      level: "SD",
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toBe("Anda tidak memiliki akses untuk tindakan ini.");
  });
});

describe("signed out", () => {
  it("gets 401 on admin routes", async () => {
    for (const url of ["/api/admin/schools", `/api/admin/districts/${w.district.id}/periods`]) {
      expect((await t.app.inject({ method: "GET", url })).statusCode).toBe(401);
    }
    const res = await t.app.inject({ method: "POST", url: "/api/admin/assignments", payload: {} });
    expect(res.statusCode).toBe(401);
  });
});

describe("admin of a district", () => {
  it("sees all its schools but not another district's", async () => {
    const ids = (await admin.get("/api/admin/schools")).json().schools.map((s: { id: string }) => s.id);
    expect(ids).toEqual(expect.arrayContaining([w.schoolA.id, w.schoolB.id]));
    expect(ids).not.toContain(other.schoolA.id);
    expect((await admin.get(`/api/admin/schools/${other.schoolA.id}`)).statusCode).toBe(403);
    expect((await admin.get(`/api/admin/districts/${other.district.id}/people`)).statusCode).toBe(403);
  });

  it("creates a school; a taken NPSN is a clear conflict", async () => {
    const body = { npsn: "12345678", name: "SD Negeri 9 Uji", level: "SD", address: "Desa Uji" };
    const res = await admin.post(`/api/admin/districts/${w.district.id}/schools`, body);
    expect(res.statusCode).toBe(200);
    const again = await admin.post(`/api/admin/districts/${w.district.id}/schools`, body);
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe("NPSN 12345678 sudah dipakai sekolah lain.");
  });

  it("bad input gets Indonesian field messages and changes nothing", async () => {
    const res = await admin.post(`/api/admin/districts/${w.district.id}/schools`, {
      npsn: "12",
      name: "X",
      level: "SD",
    });
    expect(res.statusCode).toBe(400);
    const details = res.json().details as { path: string; message: string }[];
    expect(details.find((d) => d.path === "npsn")?.message).toBe("NPSN harus 8 digit angka");
    expect(details.find((d) => d.path === "name")?.message).toMatch(/karakter|Terlalu/i);
  });

  it("adds a teacher with a one-time password that must be changed at first sign-in", async () => {
    const res = await admin.post(`/api/admin/schools/${w.schoolA.id}/people`, {
      name: "Guru Baru",
      nip: "199001012020121001",
      employmentStatus: "PPPK",
      startsOn: "2026-01-01",
    });
    expect(res.statusCode).toBe(200);
    const { person, temporaryPassword } = res.json();
    expect(person.username).toBe("199001012020121001");
    const c = await signIn(t.app, person.username, temporaryPassword);
    expect((await c.get("/api/me")).json().mustChangePassword).toBe(true);
  });

  it("refuses an assignment that ends before it starts, or a school from another district", async () => {
    const base = {
      personId: w.guruA.id,
      kind: "principal",
      districtId: w.district.id,
      schoolId: w.schoolB.id,
      acting: true,
    };
    const dates = await admin.post("/api/admin/assignments", { ...base, startsOn: "2026-05-01", endsOn: "2026-04-01" });
    expect(dates.statusCode).toBe(400);
    expect(dates.json().message).toBe("Tanggal selesai tidak boleh sebelum tanggal mulai.");
    const foreign = await admin.post("/api/admin/assignments", {
      ...base,
      schoolId: other.schoolA.id,
      startsOn: "2026-01-01",
    });
    expect(foreign.statusCode).toBe(400);
    const noSchool = await admin.post("/api/admin/assignments", { ...base, schoolId: null, startsOn: "2026-01-01" });
    expect(noSchool.json().message).toBe("Penugasan ini harus terkait dengan satu sekolah.");
  });

  it("resets a locked-out teacher's password: one-time password, lock lifted, old sessions end", async () => {
    const c = await signIn(t.app, w.guruB.username as string, TEST_PASSWORD);
    const res = await admin.post(`/api/admin/people/${w.guruB.id}/account`);
    expect(res.statusCode).toBe(200);
    expect(res.json().username).toBe(w.guruB.username);
    expect((await c.get("/api/me")).statusCode).toBe(401);
    const fresh = await signIn(t.app, w.guruB.username as string, res.json().temporaryPassword);
    expect((await fresh.get("/api/me")).json().mustChangePassword).toBe(true);
    expect((await operator.post(`/api/admin/people/${w.guruB.id}/account`)).statusCode).toBe(403);
  });

  it("refuses a second Plt for the same school and dates", async () => {
    const base = {
      kind: "principal",
      districtId: w.district.id,
      schoolId: w.schoolB.id,
      acting: true,
      startsOn: "2026-01-01",
      endsOn: "2026-12-31",
    };
    expect((await admin.post("/api/admin/assignments", { ...base, personId: w.guruB.id })).statusCode).toBe(200);
    const second = await admin.post("/api/admin/assignments", {
      ...base,
      personId: w.guruA.id,
      startsOn: "2026-06-01",
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().message).toContain("Guru B");
  });
});

describe("account takeover attempts (issue: Trust §1)", () => {
  it("(a) an operator cannot reset their own principal who also holds a teacher hat, nor edit them", async () => {
    await assign(t.database.db, w.ksA.id, "teacher", w.district.id, { schoolId: w.schoolA.id });
    const res = await operator.post(`/api/admin/people/${w.ksA.id}/account`);
    expect(res.statusCode).toBe(403);
    expect((await operator.patch(`/api/admin/people/${w.ksA.id}`, { name: "KS Diubah" })).statusCode).toBe(403);
    // The principal still signs in with their own password: nothing was reset.
    await signIn(t.app, w.ksA.username as string, TEST_PASSWORD);
    const [ks] = await t.database.db.select().from(people).where(eq(people.id, w.ksA.id));
    expect(ks?.name).toBe("KS A");
  });

  it("(b) an operator cannot give the district admin a teacher hat at their school, nor reset the admin", async () => {
    const grab = await operator.post("/api/admin/assignments", {
      personId: w.admin.id,
      kind: "teacher",
      districtId: w.district.id,
      schoolId: w.schoolA.id,
      startsOn: "2026-01-01",
    });
    expect(grab.statusCode).toBe(403);
    const hats = await t.database.db.select().from(assignments).where(eq(assignments.personId, w.admin.id));
    expect(hats.map((h) => h.kind)).toEqual(["admin"]);
    expect((await operator.post(`/api/admin/people/${w.admin.id}/account`)).statusCode).toBe(403);
  });

  it("(b') an operator still adds a second teacher hat to a plain teacher of their school", async () => {
    const res = await operator.post("/api/admin/assignments", {
      personId: w.guruA.id,
      kind: "teacher",
      districtId: w.district.id,
      schoolId: w.schoolA.id,
      startsOn: "2026-08-01",
    });
    expect(res.statusCode).toBe(200);
  });

  it("(c) another district's admin cannot give our Kepala Dinas a hat, edit or reset them", async () => {
    const otherAdmin = await signIn(t.app, other.admin.username as string, TEST_PASSWORD);
    const grab = await otherAdmin.post("/api/admin/assignments", {
      personId: w.head.id,
      kind: "teacher",
      districtId: other.district.id,
      schoolId: other.schoolA.id,
      startsOn: "2026-01-01",
    });
    expect(grab.statusCode).toBe(403);
    expect((await otherAdmin.post(`/api/admin/people/${w.head.id}/account`)).statusCode).toBe(403);
    expect((await otherAdmin.patch(`/api/admin/people/${w.head.id}`, { name: "Diambil Alih" })).statusCode).toBe(403);
    await signIn(t.app, w.head.username as string, TEST_PASSWORD);
  });

  it("the district admin may reset their principal's account", async () => {
    const res = await admin.post(`/api/admin/people/${w.ksA.id}/account`);
    expect(res.statusCode).toBe(200);
  });
});

describe("the admin pages show only what the policy allows", () => {
  it("the operator's staff list offers edit and reset on a plain teacher, none on their principal", async () => {
    const res = await operator.get(`/api/admin/schools/${w.schoolA.id}`);
    const byName = new Map(
      (res.json().people as { name: string; actions: { update: boolean; resetAccount: boolean } }[]).map((p) => [
        p.name,
        p.actions,
      ]),
    );
    expect(byName.get("Guru A")).toEqual({ update: true, resetAccount: true });
    expect(byName.get("KS A")).toEqual({ update: false, resetAccount: false });
    // And the server agrees with what the page shows.
    expect((await operator.post(`/api/admin/people/${w.ksA.id}/account`)).statusCode).toBe(403);
  });

  it("the admin's people list offers both on everyone of the district", async () => {
    const res = await admin.get(`/api/admin/districts/${w.district.id}/people`);
    const people = res.json().people as { actions: { update: boolean; resetAccount: boolean } }[];
    expect(people.length).toBeGreaterThan(3);
    expect(people.every((p) => p.actions.update && p.actions.resetAccount)).toBe(true);
  });
});

describe("the district's people, a page at a time", () => {
  it("walks every person exactly once through the cursors, with the total of all matches", async () => {
    const url = `/api/admin/districts/${w.district.id}/people`;
    const seen: string[] = [];
    let cursor: string | null = null;
    let total = -1;
    for (let page = 0; page < 20; page++) {
      const res = await admin.get(`${url}?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(res.statusCode).toBe(200);
      const body = res.json() as { people: { name: string }[]; nextCursor: string | null; total: number };
      expect(body.people.length).toBeLessThanOrEqual(2);
      seen.push(...body.people.map((p) => p.name));
      total = body.total;
      cursor = body.nextCursor;
      if (!cursor) break;
    }
    expect(cursor).toBeNull();
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(seen.length);
    const searched = (await admin.get(`${url}?q=Guru&limit=1`)).json();
    expect(searched.people).toHaveLength(1);
    expect(searched.total).toBeGreaterThan(1);
  });

  it("a search counts to 100 ('100+'); the list without one counts on to 1,000", async () => {
    const fresh = await makeDistrictWorld(t.database.db);
    await makeTeachers(
      t.database.db,
      Array.from({ length: 105 }, (_, i) => ({ name: `Zulfa Uji ${i}` })),
      fresh.district.id,
      fresh.schoolA.id,
    );
    const freshAdmin = await signIn(t.app, fresh.admin.username as string, TEST_PASSWORD);
    const url = `/api/admin/districts/${fresh.district.id}/people`;
    const searched = (await freshAdmin.get(`${url}?q=zulfa`)).json();
    expect(searched).toMatchObject({ total: 100, totalCapped: true });
    expect(searched.nextCursor).not.toBeNull();
    const all = (await freshAdmin.get(url)).json();
    expect(all.totalCapped).toBe(false);
    expect(all.total).toBeGreaterThan(105);
  });

  it("a cursor that was not made by the server is a clear 400", async () => {
    const res = await admin.get(`/api/admin/districts/${w.district.id}/people?cursor=bm90LWEtY3Vyc29y`);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe("Penanda halaman tidak valid. Muat ulang daftar dari awal.");
  });
});
