import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPeriod } from "../../src/server/periods/open-period.js";
import { testNow } from "../helpers/clock.js";
import { assign, makeDistrictWorld, makePerson, TEST_PASSWORD } from "../helpers/factories.js";
import { type Client, createTestApp, sessionFor, signIn, type TestContext } from "../helpers/test-app.js";

/** The paths issue 7 reworked for 100,000 people, checked for behaviour on a small world. */
let t: TestContext;
let w: Awaited<ReturnType<typeof makeDistrictWorld>>;
let admin: Client;
let periodId: string;
const y = new Date().getUTCFullYear();

beforeAll(async () => {
  t = await createTestApp();
  w = await makeDistrictWorld(t.database.db);
  const db = t.database.db;
  for (const name of ["Tim Satu", "Tim Dua"]) {
    const member = await makePerson(db, { name });
    await assign(db, member.id, "tim_kinerja", w.district.id);
  }
  const opened = await openPeriod({
    db,
    actorId: w.admin.id,
    actingAs: "admin",
    districtId: w.district.id,
    templateCode: "2025-annual",
    name: "Periode Uji",
    now: testNow(),
    windows: {
      startsOn: `${y}-01-01`,
      endsOn: `${y}-12-31`,
      planningOpensOn: `${y}-01-01`,
      planningClosesOn: `${y}-01-31`,
      executionOpensOn: `${y}-02-01`,
      executionClosesOn: `${y}-11-30`,
      assessmentOpensOn: `${y}-12-01`,
      assessmentClosesOn: `${y}-12-31`,
    },
  });
  periodId = opened.periodId;
  admin = await signIn(t.app, w.admin.username as string, TEST_PASSWORD);
});
afterAll(() => t.close());

describe("at scale, the same answers", () => {
  it("the period page names each cycle's Tim Kinerja (loaded in chunks, grouped per cycle)", async () => {
    const res = await admin.get(`/api/admin/periods/${periodId}/cycles?limit=100`);
    expect(res.statusCode).toBe(200);
    const rows = res.json().cycles as { personId: string; assessorNames: string[] }[];
    const of = (id: string) => rows.find((r) => r.personId === id)?.assessorNames.sort();
    expect(of(w.ksA.id)).toEqual(["Tim Dua", "Tim Satu"]);
    expect(of(w.guruA.id)).toEqual([]);
  });

  it("a Tim Kinerja member assesses the KS through cycle_assessors (/api/me and the queue)", async () => {
    const [member] = (await t.database.db.execute<{ id: string }>(sql`select id from people where name = 'Tim Satu'`))
      .rows;
    const tim = await sessionFor(t.app, t.database.db, member?.id as string);
    // /api/me no longer lists whom one assesses; "Pegawai Saya" reads the queue.
    const queue = await tim.get("/api/planning/queue");
    expect(queue.statusCode).toBe(200);
    expect(queue.body).toContain("KS A");
  });

  it("people search matches a substring of the name or the NIP, case-insensitively (pg_trgm on both engines)", async () => {
    const [ext] = (
      await t.database.db.execute<{ n: number }>(
        sql`select count(*)::int as n from pg_extension where extname = 'pg_trgm'`,
      )
    ).rows;
    expect(ext?.n).toBe(1);
    const search = async (q: string) =>
      (
        (await admin.get(`/api/admin/districts/${w.district.id}/people?q=${encodeURIComponent(q)}`)).json() as {
          people: { name: string }[];
          total: number;
        }
      ).people.map((p) => p.name);
    expect(await search("uru b")).toEqual(["Guru B"]);
    expect(await search("ks")).toEqual(["KS A"]);
    expect(await search(w.guruA.nip?.slice(2) ?? "")).toEqual(["Guru A"]);
    // A wildcard typed in the box is a character, not "anything".
    expect(await search("%")).toEqual([]);
    const all = (await admin.get(`/api/admin/districts/${w.district.id}/people?limit=2`)).json();
    expect(all.total).toBe(8);
    expect(all.people).toHaveLength(2);
  });
});
