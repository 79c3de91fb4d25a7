import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assignments, people } from "../../../src/db/schema.js";
import { makeDistrictWorld, TEST_PASSWORD } from "../../helpers/factories.js";
import { multipart } from "../../helpers/factories-planning.js";
import { createTestApp, signIn, type TestContext } from "../../helpers/test-app.js";

// Issue 6 §1c: district B's import must not match, rename or give a hat to district A's staff.
let t: TestContext;
let a: Awaited<ReturnType<typeof makeDistrictWorld>>;
let b: Awaited<ReturnType<typeof makeDistrictWorld>>;

beforeAll(async () => {
  t = await createTestApp();
  a = await makeDistrictWorld(t.database.db);
  b = await makeDistrictWorld(t.database.db);
});
afterAll(() => t.close());

const HEADER = "npsn,nip,nama,status_kepegawaian,peran,tanggal_mulai";

describe("POST /api/admin/districts/:id/import across districts", () => {
  it("B's admin importing the NIP of A's Kepala Dinas is refused on that cell and changes nothing", async () => {
    const db = t.database.db;
    const hatsBefore = await db.select().from(assignments).where(eq(assignments.personId, a.head.id));
    const csv = `${HEADER}\n${b.schoolA.npsn},${a.head.nip},Nama Diganti,PNS,guru,2025-01-01\n`;
    const adminB = await signIn(t.app, b.admin.username as string, TEST_PASSWORD);
    const res = await adminB.request({
      method: "POST",
      url: `/api/admin/districts/${b.district.id}/import`,
      ...(await multipart(csv, "pegawai.csv", "text/csv")),
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().details).toEqual([
      { line: 2, path: "nip", message: expect.stringMatching(/^NIP \d{18} milik pegawai .* di dinas lain/) },
    ]);
    const [head] = await db.select().from(people).where(eq(people.id, a.head.id));
    expect(head?.name).toBe("Kepala Dinas");
    expect(await db.select().from(assignments).where(eq(assignments.personId, a.head.id))).toEqual(hatsBefore);
  });

  it("A's own admin may still update A's people from a file", async () => {
    const csv = `${HEADER}\n${a.schoolA.npsn},${a.guruA.nip},Guru A Diperbarui,PNS,guru,2000-01-01\n`;
    const adminA = await signIn(t.app, a.admin.username as string, TEST_PASSWORD);
    const res = await adminA.request({
      method: "POST",
      url: `/api/admin/districts/${a.district.id}/import`,
      ...(await multipart(csv, "pegawai.csv", "text/csv")),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().people).toEqual({ created: 0, updated: 1, unchanged: 0 });
  });
});
