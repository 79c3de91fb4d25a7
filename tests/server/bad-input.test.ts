import { eq } from "drizzle-orm";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { people } from "../../src/db/schema.js";
import { makeDistrictWorld, openRunningPeriod, TEST_PASSWORD } from "../helpers/factories.js";
import { type Client, createTestApp, signIn, type TestContext } from "../helpers/test-app.js";

// Issue 6 §2: bad input is a clear 4xx with an Indonesian message, never a 5xx, and never loses data.
let t: TestContext;
let w: Awaited<ReturnType<typeof makeDistrictWorld>>;
let admin: Client;
let guru: Client;
let periodId: string;

beforeAll(async () => {
  t = await createTestApp();
  w = await makeDistrictWorld(t.database.db);
  periodId = (await openRunningPeriod(t.database.db, w.district.id)).periodId;
  admin = await signIn(t.app, w.admin.username as string, TEST_PASSWORD);
  guru = await signIn(t.app, w.guruA.username as string, TEST_PASSWORD);
});
afterAll(() => t.close());

function expectControlRefused(res: LightMyRequestResponse) {
  expect(res.statusCode, res.body).toBe(400);
  expect(res.json().code).toBe("VALIDATION");
  expect(JSON.stringify(res.json().details)).toMatch(/karakter kontrol/);
}

describe("NUL and other control characters", () => {
  it("in the login name", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "admin\u0000", password: "x" },
    });
    expectControlRefused(res);
  });

  it("in a search", async () => {
    expectControlRefused(await admin.get(`/api/admin/districts/${w.district.id}/people?q=a%00b`));
  });

  it("in a name, a school address and a profile-correction note", async () => {
    expectControlRefused(await admin.patch(`/api/admin/people/${w.guruA.id}`, { name: "Gu\u0000ru" }));
    expectControlRefused(await admin.patch(`/api/admin/schools/${w.schoolA.id}`, { address: "Jl.\u0000 Mawar" }));
    expectControlRefused(await guru.post("/api/me/profile-corrections", { note: "NIP saya salah\u0000 sekali" }));
  });

  it("a note keeps its line breaks", async () => {
    const res = await guru.post("/api/me/profile-corrections", { note: "NIP saya salah.\r\nYang benar: 1970" });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().note).toBe("NIP saya salah.\nYang benar: 1970");
  });
});

describe("dates that do not exist", () => {
  it("2026-02-30 as an assignment start is a 400 naming the field", async () => {
    const res = await admin.post("/api/admin/assignments", {
      personId: w.guruA.id,
      kind: "operator",
      districtId: w.district.id,
      schoolId: w.schoolA.id,
      startsOn: "2026-02-30",
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().details).toEqual([expect.objectContaining({ path: "startsOn" })]);
    expect(res.json().details[0].message).toMatch(/kalender/);
  });

  it("an extension closing on 2026-13-01 is a 400", async () => {
    const res = await admin.patch(`/api/admin/periods/${periodId}/windows`, { planningClosesOn: "2026-13-01" });
    expect(res.statusCode, res.body).toBe(400);
  });
});

describe("PATCH /api/admin/periods/:id/windows", () => {
  it("without any date is a 400 saying a date is needed", async () => {
    const res = await admin.patch(`/api/admin/periods/${periodId}/windows`, { reason: "tanpa tanggal" });
    expect(res.statusCode, res.body).toBe(400);
    expect(JSON.stringify(res.json().details)).toMatch(/minimal satu tanggal/);
  });
});

describe("PATCH /api/admin/people/:id", () => {
  it("changes only the fields sent: NIP, NUPTK, e-mail and duties stay", async () => {
    const db = t.database.db;
    const full = {
      nip: "198001012005011001",
      nuptk: "1234567890123456",
      email: "guru.a@sekolah.id",
      additionalDuties: ["Wali kelas"],
      rank: "III/a",
    };
    expect((await admin.patch(`/api/admin/people/${w.guruA.id}`, full)).statusCode).toBe(200);
    const res = await admin.patch(`/api/admin/people/${w.guruA.id}`, { name: "Guru A Baru" });
    expect(res.statusCode, res.body).toBe(200);
    const [stored] = await db.select().from(people).where(eq(people.id, w.guruA.id));
    expect(stored).toMatchObject({ ...full, name: "Guru A Baru" });
  });
});

describe("PATCH /api/admin/schools/:id", () => {
  it("renaming keeps the address", async () => {
    const url = `/api/admin/schools/${w.schoolB.id}`;
    expect((await admin.patch(url, { address: "Jl. Mawar No. 1" })).statusCode).toBe(200);
    const res = await admin.patch(url, { name: "SD Negeri Baru" });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ name: "SD Negeri Baru", address: "Jl. Mawar No. 1" });
  });
});

describe("URLs the router refuses", () => {
  it("an id longer than the router's limit, or a broken percent-escape, is a 400 problem+json", async () => {
    for (const url of [`/api/admin/schools/${"a".repeat(300)}`, "/api/admin/schools/%E0%A4%A"]) {
      const res = await admin.get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
      expect(res.json().message).toBe("Data yang dikirim tidak valid. Periksa kembali isian Anda.");
    }
  });
});
