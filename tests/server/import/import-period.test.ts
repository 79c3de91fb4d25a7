import { eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { assignments, cycles, people } from "../../../src/db/schema.js";
import { makeDistrictWorld, TEST_PASSWORD } from "../../helpers/factories.js";
import { queueDrift } from "../../helpers/queue-entries.js";
import { tallyMismatches } from "../../helpers/tallies.js";
import { type Client, createTestApp, signIn, type TestContext } from "../../helpers/test-app.js";

let t: TestContext;
let w: Awaited<ReturnType<typeof makeDistrictWorld>>;
let admin: Client;

const y = new Date().getUTCFullYear();
const HEADER = "npsn,nama_sekolah,jenjang,nip,nuptk,nama,email,status_kepegawaian,peran,plt,tanggal_mulai";

async function importCsv(csv: string) {
  const form = new FormData();
  form.append("file", new Blob([csv], { type: "text/csv" }), "pegawai.csv");
  const body = new Response(form);
  return admin.request({
    method: "POST",
    url: `/api/admin/districts/${w.district.id}/import`,
    payload: Buffer.from(await body.arrayBuffer()),
    headers: { "content-type": body.headers.get("content-type") as string },
  });
}

beforeAll(async () => {
  t = await createTestApp();
  w = await makeDistrictWorld(t.database.db);
  admin = await signIn(t.app, w.admin.username as string, TEST_PASSWORD);
});
afterAll(() => t.close());
// Every hat written keeps the assignments list's trigger-kept counts true.
afterEach(async () => expect(await tallyMismatches(t.database.db)).toEqual([]));

describe("import while a period runs", () => {
  it("a KS imported for a school without one becomes the atasan of its guru at once", async () => {
    const opened = await admin.post(`/api/admin/districts/${w.district.id}/periods`, {
      name: `Periode ${y}`,
      templateCode: "2025-annual",
      startsOn: `${y}-01-01`,
      endsOn: `${y}-12-31`,
      planningOpensOn: `${y}-01-01`,
      planningClosesOn: `${y}-01-31`,
      executionOpensOn: `${y}-02-01`,
      executionClosesOn: `${y}-11-30`,
      assessmentOpensOn: `${y}-12-01`,
      assessmentClosesOn: `${y}-12-31`,
    });
    expect(opened.statusCode).toBe(200);
    const cycleOf = async () => (await t.database.db.select().from(cycles).where(eq(cycles.personId, w.guruB.id)))[0];
    expect((await cycleOf())?.superiorId).toBeNull();

    const res = await importCsv(
      `${HEADER}\n${w.schoolB.npsn},,,196512121990031005,,Kepala Baru,,PNS,kepala_sekolah,,${y}-01-02\n`,
    );
    expect(res.statusCode).toBe(200);
    const [ks] = await t.database.db.select().from(people).where(eq(people.nip, "196512121990031005"));
    expect(await cycleOf()).toMatchObject({ superiorId: ks?.id, superiorKind: "principal" });
  });
});

describe("a large file", () => {
  it("imports 1,000 rows in one go", async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => {
      const nuptk = String(5000000000000000 + i);
      return `${w.schoolA.npsn},,,,${nuptk},Guru Honorer ${i + 1},,honorer,guru,,${y}-07-01`;
    });
    const res = await importCsv(`${HEADER}\n${rows.join("\n")}\n`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      rows: 1000,
      people: { created: 1000 },
      assignments: { created: 1000 },
      newAccounts: 0,
    });
    const [count] = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(assignments)
      .where(eq(assignments.schoolId, w.schoolA.id));
    expect(count?.n).toBeGreaterThanOrEqual(1000);
  });
});

describe("the queues' index", () => {
  it("matches the cycles, their atasan and their Tim Kinerja after all of the above", async () => {
    expect(await queueDrift(t.database.db)).toEqual([]);
  });
});
