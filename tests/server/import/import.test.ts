import { readFileSync } from "node:fs";
import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { accounts, assignments, auditEvents, people, schools } from "../../../src/db/schema.js";
import { makeDistrictWorld, TEST_PASSWORD } from "../../helpers/factories.js";
import { tallyMismatches } from "../../helpers/tallies.js";
import { type Client, createTestApp, signIn, type TestContext } from "../../helpers/test-app.js";

const EXAMPLE = readFileSync("examples/staff-import.csv", "utf8");
const NPSNS = ["20212345", "20254321"];

let t: TestContext;
let w: Awaited<ReturnType<typeof makeDistrictWorld>>;
let other: Awaited<ReturnType<typeof makeDistrictWorld>>;
let admin: Client;
let url: string;

/** A multipart body with one file field, built the way a browser's FormData would send it. */
async function upload(content: string | Uint8Array, filename = "pegawai.csv") {
  const form = new FormData();
  // A copy typed Uint8Array<ArrayBuffer>: Blob does not take views over a SharedArrayBuffer.
  const part = typeof content === "string" ? content : new Uint8Array(content);
  form.append("file", new Blob([part], { type: "text/csv" }), filename);
  const res = new Response(form);
  return {
    payload: Buffer.from(await res.arrayBuffer()),
    headers: { "content-type": res.headers.get("content-type") as string },
  };
}

async function post(client: Client, content: string | Uint8Array, query = "") {
  return client.request({ method: "POST", url: `${url}${query}`, ...(await upload(content)) });
}

async function counts() {
  const db = t.database.db;
  const count = async (table: typeof schools | typeof people | typeof assignments | typeof accounts) =>
    (await db.select({ n: sql<number>`count(*)::int` }).from(table))[0]?.n;
  return {
    schools: await count(schools),
    people: await count(people),
    assignments: await count(assignments),
    accounts: await count(accounts),
  };
}

beforeAll(async () => {
  t = await createTestApp();
  w = await makeDistrictWorld(t.database.db);
  other = await makeDistrictWorld(t.database.db);
  admin = await signIn(t.app, w.admin.username as string, TEST_PASSWORD);
  url = `/api/admin/districts/${w.district.id}/import`;
});
afterAll(() => t.close());
// Every hat written keeps the assignments list's trigger-kept counts true.
afterEach(async () => expect(await tallyMismatches(t.database.db)).toEqual([]));

describe("who may import", () => {
  it("signed out: 401", async () => {
    const res = await t.app.inject({ method: "POST", url, ...(await upload(EXAMPLE)) });
    expect(res.statusCode).toBe(401);
  });
  it("an operator, a guru and the admin of another district: 403 FORBIDDEN", async () => {
    for (const who of [w.operatorA, w.guruA, other.admin]) {
      const client = await signIn(t.app, who.username as string, TEST_PASSWORD);
      const res = await post(client, EXAMPLE);
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe("FORBIDDEN");
    }
  });
  it("the admin without the CSRF header: 403 CSRF", async () => {
    const res = await admin.request({
      method: "POST",
      url,
      ...(await upload(EXAMPLE)),
      headers: { "x-csrf-token": "" },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe("CSRF");
  });
});

describe("files that are refused as a whole", () => {
  it("no file, a binary file, a UTF-16 file, a file too large, a header only", async () => {
    const json = await admin.post(url, { file: "x" });
    expect(json.json()).toMatchObject({
      code: "VALIDATION",
      message: expect.stringContaining("Pilih satu berkas CSV"),
    });
    const zip = await post(admin, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]));
    expect(zip.json().message).toBe("Berkas harus berupa CSV (teks dipisah koma atau titik koma).");
    const utf16 = await post(admin, new Uint8Array([0xff, 0xfe, 0x6e, 0x00, 0x70, 0x00]));
    expect(utf16.json().message).toMatch(/CSV UTF-8/);
    const big = await post(admin, `${EXAMPLE}${"x".repeat(5 * 1024 * 1024)}`);
    expect([big.statusCode, big.json().message]).toEqual([400, "Berkas terlalu besar: maksimal 5 MB."]);
    const empty = await post(admin, `${EXAMPLE.split("\n")[0]}\n`);
    expect(empty.json().message).toBe("Berkas tidak berisi data.");
    const missing = await post(admin, "nama,nip\nBudi,198503152010011004\n");
    expect(missing.json().message).toBe("Kolom wajib tidak ada: npsn, peran.");
  });
});

describe("a file with bad rows", () => {
  it("imports nothing and lists every problem with its line", async () => {
    const before = await counts();
    const lines = EXAMPLE.trim().split("\n");
    lines[4] = lines[4]?.replace("198503152010011004", "19850315") as string; // line 5: short NIP
    lines[6] = lines[6]?.replace("Honorer", "Kontrak") as string; // line 7: unknown status
    lines.push(lines[7] as string); // line 16: same as line 8
    lines.push(`${other.schoolA.npsn},,,,,,Guru Lain,guru.lain@example.sch.id,PNS,,,,guru,,,,`); // line 17
    const res = await post(admin, `${lines.join("\n")}\n`);
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe("VALIDATION");
    expect(body.message).toBe("Berkas tidak diimpor: 4 baris bermasalah. Perbaiki lalu unggah kembali.");
    expect(body.details).toEqual([
      { line: 5, path: "nip", message: "NIP harus 18 digit, tertulis 8 digit." },
      {
        line: 7,
        path: "status_kepegawaian",
        message: 'Status kepegawaian "Kontrak" tidak dikenal. Isi PNS, PPPK, atau NON_ASN (honorer).',
      },
      { line: 16, message: "Duplikat dengan baris 8." },
      { line: 17, path: "npsn", message: `Sekolah dengan NPSN ${other.schoolA.npsn} terdaftar di dinas lain.` },
    ]);
    expect(await counts()).toEqual(before);
  });
});

describe("a good file", () => {
  it("a dry run counts without writing", async () => {
    const before = await counts();
    const res = await post(admin, EXAMPLE, "?dryRun=true");
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      dryRun: true,
      rows: 14,
      schools: { created: 2, updated: 0, unchanged: 0 },
      people: { created: 10, updated: 0, unchanged: 0 },
      assignments: { created: 12, updated: 0, unchanged: 0 },
      accounts: [],
      newAccounts: 9,
    });
    expect(await counts()).toEqual(before);
  });

  it("imports schools, people, assignments and accounts with one-time passwords", async () => {
    const before = await counts();
    const res = await post(admin, EXAMPLE);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      dryRun: false,
      schools: { created: 2, updated: 0, unchanged: 0 },
      people: { created: 10, updated: 0, unchanged: 0 },
      assignments: { created: 12, updated: 0, unchanged: 0 },
      newAccounts: 9,
    });
    // Lina Susanti has only a NUPTK: no account.
    expect(body.accounts).toHaveLength(9);
    expect(body.accounts.map((a: { username: string }) => a.username)).toContain("operator.sdn1@example.sch.id");
    expect(await counts()).toEqual({
      schools: (before.schools ?? 0) + 2,
      people: (before.people ?? 0) + 10,
      assignments: (before.assignments ?? 0) + 12,
      accounts: (before.accounts ?? 0) + 9,
    });

    const db = t.database.db;
    const imported = await db.select().from(schools).where(inArray(schools.npsn, NPSNS));
    expect(imported.map((s) => s.districtId)).toEqual([w.district.id, w.district.id]);
    const [rina] = await db.select().from(people).where(eq(people.nip, "198207202008012006"));
    const rinaHats = await db
      .select()
      .from(assignments)
      .where(eq(assignments.personId, rina?.id as string));
    expect(rinaHats.map((a) => [a.kind, a.acting, a.startsOn, a.endsOn]).sort()).toEqual([
      ["principal", true, "2026-07-01", "2026-12-31"],
      ["teacher", false, "2010-07-01", null],
    ]);
    const [hendra] = await db.select().from(people).where(eq(people.nip, "197002021995031001"));
    const supervised = await db
      .select()
      .from(assignments)
      .where(and(eq(assignments.personId, hendra?.id as string), eq(assignments.kind, "supervisor")));
    expect(supervised).toHaveLength(2);
    const [budi] = await db.select().from(people).where(eq(people.nip, "198503152010011004"));
    expect(budi?.additionalDuties).toEqual(["Wali Kelas 5", "Koordinator P5"]);
    const newAccounts = await db
      .select()
      .from(accounts)
      .where(eq(accounts.personId, budi?.id as string));
    expect(newAccounts[0]).toMatchObject({ username: "198503152010011004", mustChangePassword: true });

    const [audit] = await db.select().from(auditEvents).where(eq(auditEvents.action, "import_staff"));
    expect(audit).toMatchObject({ actorId: w.admin.id, entityId: w.district.id });
    expect(audit?.data).toMatchObject({ people: { created: 10, updated: 0, unchanged: 0 }, newAccounts: 9 });

    const credential = body.accounts.find((a: { username: string }) => a.username === "198503152010011004");
    const login = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: credential.username, password: credential.temporaryPassword },
    });
    expect(login.statusCode).toBe(200);
    expect(login.json().mustChangePassword).toBe(true);
  });

  it("importing the same file again changes nothing and creates no account", async () => {
    const before = await counts();
    const res = await post(admin, EXAMPLE);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      schools: { created: 0, updated: 0, unchanged: 2 },
      people: { created: 0, updated: 0, unchanged: 10 },
      assignments: { created: 0, updated: 0, unchanged: 12 },
      accounts: [],
      newAccounts: 0,
    });
    expect(await counts()).toEqual(before);
  });

  it("a changed end date and a changed rank are updates, semicolon-separated", async () => {
    // In a semicolon file a `;` inside tugas_tambahan would split the cell: `|` separates duties there.
    const changed = EXAMPLE.replace("01/07/2026,31/12/2026", "01/07/2026,31/01/2027")
      .replace("Penata / III-c", "Penata Tingkat I / III-d")
      .replace("Wali Kelas 5;Koordinator P5", "Wali Kelas 5|Koordinator P5")
      .replaceAll(",", ";")
      .replaceAll('"Jl. Merdeka No. 1; Sukamaju"', '"Jl. Merdeka No. 1, Sukamaju"')
      .replaceAll('"Jl. Pendidikan No. 5; Sukamaju"', '"Jl. Pendidikan No. 5, Sukamaju"');
    const res = await post(admin, `\uFEFF${changed}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      schools: { created: 0, updated: 0, unchanged: 2 },
      people: { created: 0, updated: 1, unchanged: 9 },
      assignments: { created: 0, updated: 1, unchanged: 11 },
    });
  });
});
