import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { migrate } from "drizzle-orm/pglite/migrator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../src/db/client.js";
import { MIGRATIONS_DIR, runMigrations } from "../../src/db/migrate.js";
import { makeDistrictWorld, openRunningPeriod } from "../helpers/factories.js";

// Migration 0008 moves plans onto the document engine's table. A database as it was before
// (plans, plan_revisions, reopen_requests.plan_id) must come out with the same plans, versions,
// stamps, revisions and requests, under the same ids.

let database: Database;
let dir: string;
type Row = Record<string, unknown>;
const rows = async (q: ReturnType<typeof sql>) => (await database.db.execute(q)).rows as Row[];

beforeAll(async () => {
  // The migrations up to 0007 only: the journal cut before 0008.
  dir = mkdtempSync(join(tmpdir(), "kinerja-migrations-"));
  cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  const journalFile = join(dir, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalFile, "utf8")) as { entries: { idx: number }[] };
  journal.entries = journal.entries.filter((e) => e.idx <= 7);
  writeFileSync(journalFile, JSON.stringify(journal));
  database = await openDatabase({ dataDir: "memory://" });
  await migrate(database.db, { migrationsFolder: dir });

  // Today's factories write people and schools with the columns of later migrations (search keys
  // 0013, language 0016, an assignment's person name 0027, a person's copies 0034): stand-ins while the database is at 0007,
  // dropped before those run.
  const laterColumns = [
    ["people", "search_key text generated always as (lower(name || ' ' || coalesce(nip, ''))) stored"],
    ["schools", "search_key text generated always as (lower(name || ' ' || npsn)) stored"],
    ["people", "language text not null default 'id'"],
    ["assignments", "person_name text not null default ''"],
    // The plan's id on its cycle (0033), written when the period opens.
    ["cycles", "plan_id uuid"],
    // A person's copies of their hats and username (0034).
    ["people", "hats json not null default '[]'::json"],
    ["people", "account_username text"],
  ] as const;
  for (const [t, c] of laterColumns) await database.db.execute(sql.raw(`alter table ${t} add column ${c}`));
  const w = await makeDistrictWorld(database.db);
  // Today's code opens the period, and it reads the Tim Kinerja links of migration 0010 and writes
  // every periods column of migration 0012: stand-ins for those while the database is at 0007,
  // dropped before the real migrations run.
  await database.db.execute(sql`create table tim_kinerja_subjects
    (id uuid primary key, district_id uuid, member_id uuid, subject_id uuid)`);
  const laterPeriodColumns = [
    "organisation_predikat text",
    "results_finalised_at timestamptz",
    "results_finalised_by uuid",
    "results_finalise_reason text",
    "results_finalise_violations jsonb",
  ];
  for (const c of laterPeriodColumns) await database.db.execute(sql.raw(`alter table periods add column ${c}`));
  await openRunningPeriod(database.db, w.district.id);
  await database.db.execute(sql`drop table tim_kinerja_subjects`);
  for (const c of laterPeriodColumns) {
    await database.db.execute(sql.raw(`alter table periods drop column ${c.split(" ")[0]}`));
  }
  for (const [t, c] of laterColumns) {
    await database.db.execute(sql.raw(`alter table ${t} drop column ${c.split(" ")[0]}`));
  }
  // Opening the period wrote each cycle's empty plan the new way: put them back the old way.
  await database.db.execute(sql`insert into plans (id, cycle_id, status, version, revision, content, created_at, updated_at)
    select id, cycle_id, 'draft', 1, 1, content, created_at, updated_at from documents where kind = 'plan'`);
  await database.db.execute(sql`delete from documents`);
  const [a, b] = await rows(
    sql`select p.id, c.person_id from plans p join cycles c on c.id = p.cycle_id order by p.id limit 2`,
  );
  await database.db.execute(sql`update plans set status = 'agreed', version = 4, revision = 2,
      content = '{"indicatorCode":"x"}', submitted_at = '2026-01-02T03:00:00Z', decided_at = '2026-01-03T03:00:00Z',
      decided_by = ${a?.person_id}, decided_as = 'principal', agreed_at = '2026-01-04T03:00:00Z'
    where id = ${a?.id}`);
  await database.db.execute(sql`update plans set status = 'returned', version = 3, return_note = 'Lengkapi RHK.',
      returned_content = '{"indicatorCode":"y"}', decided_by = ${a?.person_id} where id = ${b?.id}`);
  await database.db.execute(sql`insert into plan_revisions (plan_id, revision, status, content, archived_at)
    values (${a?.id}, 1, 'agreed', '{"indicatorCode":"old"}', '2026-01-01T00:00:00Z')`);
  await database.db.execute(sql`insert into reopen_requests (plan_id, requested_by, reason, status)
    values (${a?.id}, ${a?.person_id}, 'Salah memilih indikator.', 'approved')`);

  await runMigrations(database);
});
afterAll(async () => {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("migration 0008: plans into documents", () => {
  it("keeps every plan under its id as a document of kind plan, with its stamps", async () => {
    const docs = await rows(sql`select * from documents order by id`);
    expect(docs.length).toBeGreaterThan(2);
    expect(docs.every((d) => d.kind === "plan")).toBe(true);
    const agreed = docs.find((d) => d.status === "agreed");
    expect(agreed).toMatchObject({
      version: 4,
      revision: 2,
      content: { indicatorCode: "x" },
      decided_as: "principal",
    });
    expect(new Date(agreed?.completed_at as string).toISOString()).toBe("2026-01-04T03:00:00.000Z");
    expect(new Date(agreed?.submitted_at as string).toISOString()).toBe("2026-01-02T03:00:00.000Z");
    const returned = docs.find((d) => d.status === "returned");
    expect(returned).toMatchObject({ version: 3, note: "Lengkapi RHK.", returned_content: { indicatorCode: "y" } });
    expect(docs.filter((d) => d.status === "draft").every((d) => d.version === 1 && d.note === null)).toBe(true);
  });

  it("keeps the archived versions and the reopen requests, now pointing at the document", async () => {
    const [agreed] = await rows(sql`select id from documents where status = 'agreed'`);
    expect(await rows(sql`select document_id, revision, status, content from document_revisions`)).toEqual([
      { document_id: agreed?.id, revision: 1, status: "agreed", content: { indicatorCode: "old" } },
    ]);
    expect(await rows(sql`select document_id, reason, status from reopen_requests`)).toEqual([
      { document_id: agreed?.id, reason: "Salah memilih indikator.", status: "approved" },
    ]);
  });

  it("leaves no plans table, plan_revisions table or plan_status type behind", async () => {
    const left = await rows(sql`select
      to_regclass('public.plans') as plans, to_regclass('public.plan_revisions') as revisions,
      to_regtype('public.plan_status') as status`);
    expect(left).toEqual([{ plans: null, revisions: null, status: null }]);
  });
});
