import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { sql } from "drizzle-orm";
import pg from "pg";
import { openDatabase } from "../../src/db/client.js";
import { runMigrations } from "../../src/db/migrate.js";
import { accounts, assignments, districts, people } from "../../src/db/schema.js";
import { seedRuleSetTemplates } from "../../src/db/seed-templates.js";
import { windowsAround } from "../../src/domain/cycles/phase.js";
import type { IsoDate } from "../../src/domain/org/types.js";
import { hashPassword } from "../../src/server/core/passwords.js";
import { openPeriod } from "../../src/server/periods/open-period.js";

/**
 * `npm run bench:import -- <file.csv>` (a file from bench/import/staff-csv.ts): a fresh database
 * with a district, its admin and a running period; the server as a child process; the file
 * uploaded through POST /api/admin/districts/:id/import while a second client signs in every
 * 2.5 s and asks /api/health every 200 ms. Prints the import's time and those latencies.
 */
const file = process.argv[2];
if (!file) throw new Error("usage: bench:import -- <staff.csv>");
const base0 = "postgres://postgres@127.0.0.1:5432";
const name = `kinerja_importbench_${process.pid}`;
const url = `${base0}/${name}`;
const port = 3900 + Math.floor(Math.random() * 90);
const base = `http://127.0.0.1:${port}`;
const PASSWORD = "kinerja-bench-import";
const load = () => loadavg()[0]?.toFixed(1);
const admin = async (statement: string) => {
  const c = new pg.Client({ connectionString: `${base0}/postgres` });
  await c.connect();
  await c.query(statement);
  await c.end();
};

await admin(`create database "${name}"`);
let child: ChildProcess | undefined;
try {
  const database = await openDatabase({ databaseUrl: url });
  await runMigrations(database);
  await seedRuleSetTemplates(database.db);
  const db = database.db;
  const [district] = await db.insert(districts).values({ code: "IMP", name: "Dinas Bench Impor" }).returning();
  if (!district) throw new Error("no district");
  const [person] = await db.insert(people).values({ name: "Admin Bench", employmentStatus: "PNS" }).returning();
  if (!person) throw new Error("no person");
  const today = new Date().toISOString().slice(0, 10) as IsoDate;
  await db.insert(assignments).values({ personId: person.id, kind: "admin", districtId: district.id, startsOn: today });
  await db
    .insert(accounts)
    .values({ personId: person.id, username: "bench.admin", passwordHash: await hashPassword(PASSWORD) });
  await openPeriod({
    db,
    actorId: null,
    actingAs: "bench",
    districtId: district.id,
    templateCode: "2025-annual",
    name: "Periode Bench",
    now: new Date(),
    windows: windowsAround(today, { openedDaysAgo: 30, planningDaysLeft: 10, executionEndsIn: 280, endsIn: 330 }),
  });
  await database.close();

  const t0 = performance.now();
  child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: new URL("../..", import.meta.url).pathname,
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  while (
    !(await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (performance.now() - t0 > 60_000) throw new Error("server did not start");
    await new Promise((r) => setTimeout(r, 100));
  }
  const signIn = async () => {
    const s0 = performance.now();
    const res = await fetch(`${base}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "bench.admin", password: PASSWORD }),
    });
    if (!res.ok) throw new Error(`sign-in ${res.status}`);
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    return {
      cookie: (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "",
      csrf: csrfToken,
      ms: performance.now() - s0,
    };
  };
  const before: number[] = [];
  for (let i = 0; i < 3; i++) before.push((await signIn()).ms);
  const session = await signIn();

  const csv = readFileSync(file);
  const form = new FormData();
  form.append("file", new Blob([csv], { type: "text/csv" }), "staff.csv");
  console.log(
    `${file}: ${(csv.length / 1024 / 1024).toFixed(1)} MB; sign-in before the import ${before.map((m) => m.toFixed(0)).join(", ")} ms (load ${load()})`,
  );
  let running = true;
  const during: number[] = [];
  const health: number[] = [];
  const probes = (async () => {
    let next = performance.now();
    while (running) {
      const h0 = performance.now();
      await fetch(`${base}/api/health`);
      health.push(performance.now() - h0);
      if (performance.now() >= next) {
        during.push((await signIn()).ms);
        next = performance.now() + 2500;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  })();
  const i0 = performance.now();
  const res = await fetch(`${base}/api/admin/districts/${district.id}/import`, {
    method: "POST",
    headers: { cookie: session.cookie, "x-csrf-token": session.csrf },
    body: form,
  });
  const seconds = (performance.now() - i0) / 1000;
  running = false;
  await probes;
  const body = (await res.json()) as { newAccounts?: number; people?: unknown; title?: string; detail?: string };
  console.log(
    `import: HTTP ${res.status} in ${seconds.toFixed(1)} s (load ${load()}); ${JSON.stringify({ newAccounts: body.newAccounts, people: body.people, error: body.detail ?? body.title })}`,
  );
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const p = (xs: number[], q: number) => sorted(xs)[Math.min(xs.length - 1, Math.floor(q * xs.length))]?.toFixed(0);
  console.log(`sign-in during the import: n=${during.length}, p50 ${p(during, 0.5)} ms, max ${p(during, 1)} ms`);
  console.log(
    `/api/health during the import: n=${health.length}, p50 ${p(health, 0.5)} ms, p99 ${p(health, 0.99)} ms, max ${p(health, 1)} ms`,
  );
  const check = await openDatabase({ databaseUrl: url });
  const [c] = (
    await check.db.execute(
      sql`select (select count(*) from accounts)::int as accounts, (select count(*) from cycles)::int as cycles`,
    )
  ).rows;
  console.log(`after: ${JSON.stringify(c)}`);
  await check.close();
} finally {
  child?.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 500));
  await admin(`drop database if exists "${name}" with (force)`);
}
