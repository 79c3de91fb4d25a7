import { sql } from "drizzle-orm";
import { type Database, openDatabase } from "../src/db/client.js";
import { runMigrations } from "../src/db/migrate.js";
import { seedRuleSetTemplates } from "../src/db/seed-templates.js";
import { addDays, windowsAround } from "../src/domain/cycles/phase.js";
import { DEFAULT_TIME_ZONE, dateInZone } from "../src/domain/time/today.js";
import type { SessionActor } from "../src/server/core/session.js";
import { createAssignment, setAssignmentEnd } from "../src/server/org/assignments.js";
import { openPeriod } from "../src/server/periods/open-period.js";
import { refreshRunningPeriods } from "../src/server/periods/refresh-superiors.js";

/**
 * Scale of the org refresh (issue 6 §5): one district with `teachers` guru in schools of 25,
 * a KS per school, a Kepala Dinas and a Tim Kinerja. Times opening a period, an assignment
 * change (a Plt appointed and ended; a new Kepala Dinas) and the hourly refresh.
 * Targets: an assignment change < 100 ms, opening a period < 3 s for 10,000 teachers.
 */
const PER_SCHOOL = 25;

async function seed(db: Database["db"], teachers: number) {
  const schoolCount = Math.ceil(teachers / PER_SCHOOL);
  const [d] = (
    await db.execute<{ id: string }>(sql`insert into districts (code, name) values ('B1', 'Dinas Bench') returning id`)
  ).rows;
  const districtId = d?.id as string;
  await db.execute(sql`insert into schools (district_id, npsn, name, level)
    select ${districtId}, lpad(g::text, 8, '0'), 'Sekolah ' || g, 'SD' from generate_series(1, ${schoolCount}) g`);
  // People: teachers t1..tN, principals k1..kS, the head, the admin and five Tim Kinerja members.
  await db.execute(sql`insert into people (nip, name, employment_status)
    select nip, name, 'PNS' from (
    select 't' || g as nip, 'Guru ' || g as name from generate_series(1, ${teachers}) g
    union all select 'k' || g, 'KS ' || g from generate_series(1, ${schoolCount}) g
    union all select 'h1', 'Kepala Dinas' union all select 'h2', 'Kepala Dinas Baru'
    union all select 'a1', 'Admin'
    union all select 'm' || g, 'Tim ' || g from generate_series(1, 5) g) p`);
  // Kinds are cast once outside the union: a text literal does not coerce to the enum inside it.
  await db.execute(sql`insert into assignments (person_id, kind, district_id, school_id, starts_on)
    select person_id, kind::assignment_kind, ${districtId}, school_id, '2000-01-01' from (
      select p.id as person_id, 'teacher' as kind, s.id as school_id from people p
        join schools s on s.npsn = lpad(((substr(p.nip, 2)::int - 1) / ${PER_SCHOOL} + 1)::text, 8, '0')
        where p.nip like 't%'
      union all select p.id, 'principal', s.id from people p
        join schools s on s.npsn = lpad(substr(p.nip, 2), 8, '0') where p.nip like 'k%'
      union all select p.id, 'head_of_district', null from people p where p.nip = 'h1'
      union all select p.id, 'admin', null from people p where p.nip = 'a1'
      union all select p.id, 'tim_kinerja', null from people p where p.nip like 'm%') a`);
  const ids = async (nip: string) =>
    (await db.execute<{ id: string }>(sql`select id from people where nip = ${nip}`)).rows[0]?.id as string;
  const school1 = (await db.execute<{ id: string }>(sql`select id from schools where npsn = '00000001'`)).rows[0]
    ?.id as string;
  return { districtId, school1, admin: await ids("a1"), plt: await ids("t1"), newHead: await ids("h2") };
}

async function ms<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const out = await fn();
  return [out, performance.now() - t0];
}

export async function benchOrgRefresh(label: string, database: Database, teachers: number): Promise<void> {
  const { db } = database;
  await runMigrations(database);
  await seedRuleSetTemplates(db);
  const w = await seed(db, teachers);
  // A database that has been running: planner statistics exist (PGlite has no autovacuum).
  await db.execute(sql`analyze`);
  const now = new Date();
  const today = dateInZone(now, DEFAULT_TIME_ZONE);
  const [opened, openMs] = await ms(() =>
    openPeriod({
      db,
      actorId: null,
      actingAs: "bench",
      districtId: w.districtId,
      templateCode: "2026-annual",
      name: "Periode Bench",
      now,
      windows: windowsAround(today, { openedDaysAgo: 10, planningDaysLeft: 10, executionEndsIn: 200, endsIn: 300 }),
    }),
  );
  const out = (what: string, t: number) => console.log(`[${label}, ${teachers} guru] ${what}: ${t.toFixed(0)} ms`);
  out(`open period (${opened.cycleCount} cycles)`, openMs);
  const actor: SessionActor = {
    personId: w.admin,
    name: "Admin",
    hats: [{ kind: "admin", districtId: w.districtId, schoolId: null, acting: false }],
    tokenHash: "",
    csrfToken: "",
    mustChangePassword: false,
  };
  const [plt, pltMs] = await ms(() =>
    createAssignment(
      db,
      actor,
      {
        personId: w.plt,
        kind: "principal",
        districtId: w.districtId,
        schoolId: w.school1,
        acting: true,
        startsOn: addDays(today, -1),
        endsOn: null,
      },
      now,
    ),
  );
  out("assignment change: Plt appointed", pltMs);
  out(
    "assignment change: Plt ended",
    (await ms(() => setAssignmentEnd(db, actor, plt.id, addDays(today, -1), now)))[1],
  );
  const headChange = () =>
    createAssignment(
      db,
      actor,
      {
        personId: w.newHead,
        kind: "head_of_district",
        districtId: w.districtId,
        schoolId: null,
        acting: false,
        startsOn: addDays(today, -1),
        endsOn: null,
      },
      now,
    );
  out("assignment change: new Kepala Dinas", (await ms(headChange))[1]);
  out("hourly refresh (nothing changed)", (await ms(() => refreshRunningPeriods(db, now)))[1]);
}

/** `tsx bench/org-refresh.ts [teachers]`: PGlite, and PostgreSQL too when BENCH_DATABASE_URL is set. */
export async function runOrgBench(teachers = 10_000): Promise<void> {
  const lite = await openDatabase({ dataDir: "memory://" });
  try {
    await benchOrgRefresh("PGlite", lite, teachers);
  } finally {
    await lite.close();
  }
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) {
    console.log("(set BENCH_DATABASE_URL to an empty PostgreSQL database to bench it too)");
    return;
  }
  const pgDb = await openDatabase({ databaseUrl: url });
  try {
    await benchOrgRefresh("PostgreSQL", pgDb, teachers);
  } finally {
    await pgDb.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runOrgBench(Number(process.argv[2] ?? 10_000));
