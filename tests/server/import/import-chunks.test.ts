import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ImportProgress, importStaff } from "../../../src/server/import/import-staff.js";
import { testNow } from "../../helpers/clock.js";
import { makeDistrictWorld } from "../../helpers/factories.js";
import { createTestApp, type TestContext } from "../../helpers/test-app.js";

// Issue 6 §2: a large import runs in bounded statements. Exercised here at a tiny cap, so every
// lookup and every insert is cut into many chunks; the 70,000-row measurement is in the report.
let t: TestContext;
let w: Awaited<ReturnType<typeof makeDistrictWorld>>;

beforeAll(async () => {
  t = await createTestApp();
  w = await makeDistrictWorld(t.database.db);
});
afterAll(() => t.close());

const HEADER = "npsn,nama_sekolah,jenjang,nuptk,nama,email,status_kepegawaian,peran,tanggal_mulai";
const csv = (people: number) => {
  const rows = Array.from({ length: people }, (_, i) => {
    const npsn = String(61000000 + Math.floor(i / 10));
    const school = i % 10 === 0 ? `SD Potongan ${i},SD` : ",";
    const email = i < 3 ? `akun${i}@sekolah.id` : "";
    return `${npsn},${school},${String(5100000000000000 + i)},Guru ${i},${email},honorer,guru,2025-01-01`;
  });
  return `${HEADER}\n${rows.join("\n")}\n`;
};

describe("importStaff with 7 bind parameters per statement", () => {
  it("writes every row, reports progress to the end, and a re-import finds them all again", async () => {
    const progress: ImportProgress[] = [];
    const opts = { db: t.database.db, districtId: w.district.id, actorId: null, maxParameters: 7, now: testNow() };
    const first = await importStaff({ ...opts, csvText: csv(45), onProgress: (p) => progress.push(p) });
    expect(first).toMatchObject({
      schools: { created: 5 },
      people: { created: 45 },
      assignments: { created: 45 },
      newAccounts: 3,
    });
    const writes = progress.filter((p) => p.phase === "write");
    const last = writes.at(-1);
    expect(last && last.done === last.total && last.total === 5 + 45 + 3 + 45).toBe(true);
    expect(writes.length).toBeGreaterThan(45); // one row per statement at this cap

    const again = await importStaff({ ...opts, csvText: csv(45), dryRun: true });
    expect(again).toMatchObject({
      schools: { created: 0, unchanged: 5 },
      people: { created: 0, unchanged: 45 },
      assignments: { created: 0, unchanged: 45 },
      newAccounts: 0,
    });
  });
});
