import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import type { InjectOptions } from "fastify";
import { startedPlan } from "../../src/cli/demo-scale/plan-content.js";
import { openDatabase } from "../../src/db/client.js";
import { sessions } from "../../src/db/schema.js";
import { buildApp } from "../../src/server/core/app.js";
import { systemClock } from "../../src/server/core/clock.js";
import { loadConfig } from "../../src/server/core/config.js";
import { cpuMark, cpuPerRequest } from "../load/cpu.js";
import { benchSession } from "../session.js";

/**
 * `BENCH_DATABASE_URL=… npm run bench:inprocess [-- home,search …]`: the cost of one request at a
 * time, in process (`app.inject`: no HTTP, no load generator), on a district made by
 * `npm run kinerja -- demo-scale --code SCALE`. Prints the wall time and this process's CPU (Node
 * and the driver, not PostgreSQL's) per request: what a route costs before any concurrency.
 * `N` requests per route (default 500), `CONC` at a time (default 1); `SEARCH` fixes the search term (not `TERM`, the terminal's type); `CODE` picks another district
 * than SCALE (a province: several `demo-scale --code …` districts in one database). `submit` and `approve` (not run
 * unless named) take a new plan per request: run them on a freshly generated district. Add `--cpu-prof` to `node`
 * (`node --cpu-prof --import tsx bench/inprocess/main.ts`) for a profile.
 */
const url = process.env.BENCH_DATABASE_URL;
if (!url) throw new Error("bench:inprocess: set BENCH_DATABASE_URL to a database with a demo-scale SCALE district");
const N = Number(process.env.N ?? 500);
/** Requests in flight at once (default 1): with more, the pool's connections all work, as under load. */
const CONC = Math.max(1, Number(process.env.CONC ?? 1));
const dataDir = mkdtempSync(join(tmpdir(), "kinerja-inprocess-"));
const database = await openDatabase({ databaseUrl: url });
const db = database.db;
const app = await buildApp({
  config: loadConfig({ LOG_LEVEL: "warn" }, { dataDir, databaseUrl: url }),
  database,
  clock: systemClock,
});
await app.ready();

const one = async <T>(q: ReturnType<typeof sql>) => (await db.execute(q)).rows[0] as T;
const sessionOf = async (personId: string) => {
  const s = benchSession(personId, "bench:inprocess");
  await db.insert(sessions).values(s.row);
  return s;
};
const { district_id: districtId, period_id: periodId } = await one<{ district_id: string; period_id: string }>(
  sql`select d.id as district_id, p.id as period_id from districts d join periods p on p.district_id = d.id where d.code = ${process.env.CODE ?? "SCALE"}`,
);
const hat = async (kind: string) =>
  sessionOf(
    (
      await one<{ person_id: string }>(sql`select person_id from assignments where district_id = ${districtId}
      and kind = ${kind}::assignment_kind order by person_id limit 1`)
    ).person_id,
  );
// Drafts of teachers: each autosave alternates two contents so every save changes something.
const drafts = (
  await db.execute<{ person_id: string; cycle_id: string; plan_id: string; version: number }>(sql`
    select c.person_id, c.id as cycle_id, p.id as plan_id, p.version from documents p join cycles c on c.id = p.cycle_id
    where p.kind = 'plan' and c.period_id = ${periodId} and c.track = 'guru' and p.status = 'draft' order by c.id limit 50`)
).rows;
const users = await Promise.all(drafts.map(async (d) => ({ ...d, s: await sessionOf(d.person_id) })));
// Submit and approve change a plan once: each request takes the next plan (complete drafts are at
// version 3 in demo-scale). Run them on a freshly generated district.
const chosenRoutes = process.argv[2] ?? "";
const once = async (status: string, version: number | null, who: "owner" | "superior") => {
  if (!chosenRoutes.includes(who === "owner" ? "submit" : "approve")) return [];
  const { rows } = await db.execute<{ person_id: string; plan_id: string; version: number }>(sql`
    select ${who === "owner" ? sql`c.person_id` : sql`c.superior_id`} as person_id, p.id as plan_id, p.version
    from documents p join cycles c on c.id = p.cycle_id
    where p.kind = 'plan' and c.period_id = ${periodId} and c.track = 'guru' and p.status = ${status}
      and (${version}::int is null or p.version = ${version}::int) order by c.id limit ${N + 100}`);
  const sessions = new Map<string, Awaited<ReturnType<typeof sessionOf>>>();
  for (const r of rows) if (!sessions.has(r.person_id)) sessions.set(r.person_id, await sessionOf(r.person_id));
  return rows.map((r) => ({ ...r, s: sessions.get(r.person_id) as Awaited<ReturnType<typeof sessionOf>> }));
};
const submitting = await once("draft", 3, "owner");
const approving = await once("submitted", null, "superior");
const write = (u: (typeof submitting)[number], action: string): InjectOptions => ({
  method: "POST",
  url: `/api/plans/${u.plan_id}/${action}`,
  headers: { cookie: u.s.cookie, "x-csrf-token": u.s.csrf, "content-type": "application/json" },
  payload: JSON.stringify({ version: u.version }),
});
const [kadis, ks, admin] = [await hat("head_of_district"), await hat("principal"), await hat("admin")];
const content = startedPlan();
const TERMS = process.env.SEARCH
  ? [process.env.SEARCH]
  : ["Budi", "Citra Handayani", "scale.t12", "Wulandari Guru 7", "KS", "Operator 3", "Joko"];
const term = (i: number) => encodeURIComponent(TERMS[i % TERMS.length] as string);
const user = (i: number) => users[i % users.length] as (typeof users)[number];

const routes: Record<string, (i: number) => InjectOptions> = {
  home: (i) => ({ method: "GET", url: "/api/me", headers: { cookie: user(i).s.cookie } }),
  view: (i) => ({ method: "GET", url: `/api/cycles/${user(i).cycle_id}/plan`, headers: { cookie: user(i).s.cookie } }),
  autosave: (i) => ({
    method: "PUT",
    url: `/api/plans/${user(i).plan_id}`,
    headers: { cookie: user(i).s.cookie, "x-csrf-token": user(i).s.csrf, "content-type": "application/json" },
    payload: JSON.stringify({
      version: user(i).version,
      content: user(i).version % 2 ? content : { ...content, lastStep: "kompetensi" },
    }),
  }),
  submit: (i) => write(submitting[i % submitting.length] as (typeof submitting)[number], "submit"),
  approve: (i) => write(approving[i % approving.length] as (typeof approving)[number], "approve"),
  ks: () => ({ method: "GET", url: "/api/planning/queue", headers: { cookie: ks.cookie } }),
  kadis: () => ({ method: "GET", url: "/api/planning/queue", headers: { cookie: kadis.cookie } }),
  search: (i) => ({
    method: "GET",
    url: `/api/admin/districts/${districtId}/people?q=${term(i)}`,
    headers: { cookie: admin.cookie },
  }),
  people: () => ({
    method: "GET",
    url: `/api/admin/districts/${districtId}/people`,
    headers: { cookie: admin.cookie },
  }),
  cyclelist: () => ({ method: "GET", url: `/api/admin/periods/${periodId}/cycles`, headers: { cookie: admin.cookie } }),
  cycles: (i) => ({
    method: "GET",
    url: `/api/admin/periods/${periodId}/cycles?q=${term(i)}`,
    headers: { cookie: admin.cookie },
  }),
  assignments: (i) => ({
    method: "GET",
    url: `/api/admin/districts/${districtId}/assignments?q=${term(i)}`,
    headers: { cookie: admin.cookie },
  }),
  // The list without a search box, as bench:load's "admin GET …/assignments".
  assignmentlist: () => ({
    method: "GET",
    url: `/api/admin/districts/${districtId}/assignments`,
    headers: { cookie: admin.cookie },
  }),
};

const chosen = (
  process.argv[2] ??
  Object.keys(routes)
    .filter((r) => r !== "submit" && r !== "approve")
    .join(",")
).split(",");
for (const name of chosen) {
  const request = routes[name];
  if (!request) throw new Error(`bench:inprocess: no route ${name} (${Object.keys(routes).join(", ")})`);
  const run = async (i: number) => {
    const res = await app.inject(request(i));
    if (res.statusCode >= 400) throw new Error(`${name}: ${res.statusCode} ${res.body.slice(0, 200)}`);
    if (name === "autosave") user(i).version = res.json().plan.version;
  };
  for (let i = 0; i < Math.min(100, N); i++) await run(i); // warm-up: prepared statements, JIT of JS
  const cpu0 = process.cpuUsage();
  const mark0 = cpuMark(process.pid, true);
  const t0 = performance.now();
  // Past the warm-up (submit and approve take a new plan each time); CONC requests in flight at once.
  let next = 0;
  await Promise.all(
    Array.from({ length: CONC }, async () => {
      while (next < N) await run(100 + next++);
    }),
  );
  const cpu = process.cpuUsage(cpu0);
  const wall = (performance.now() - t0) / N;
  // One request at a time: the local PostgreSQL's CPU is this route's (10 ms ticks, so N ≥ 1000).
  const db = cpuPerRequest(mark0, cpuMark(process.pid, true), N)?.db;
  console.log(
    `${name.padEnd(12)} wall ${wall.toFixed(2)} ms/request, this process ${((cpu.user + cpu.system) / 1000 / N).toFixed(2)} ms CPU` +
      (db === undefined ? "" : `, PostgreSQL ${db.toFixed(2)} ms`),
  );
}
// Prepared statements PostgreSQL still plans anew on every run (a custom plan each time: it judged
// the generic plan costlier). Asked on several pooled connections at once, so that each answers.
if (process.env.PLANS) {
  const seen = new Map<string, string>();
  const answers = await Promise.all(
    Array.from({ length: 10 }, () =>
      db.execute<{ name: string; generic_plans: number; custom_plans: number; statement: string }>(
        sql`select name, generic_plans, custom_plans, left(statement, 300) as statement from pg_prepared_statements where custom_plans > 5`,
      ),
    ),
  );
  for (const r of answers.flatMap((a) => a.rows))
    seen.set(
      r.name,
      `${r.name}: ${r.custom_plans} custom, ${r.generic_plans} generic: ${r.statement.replace(/\s+/g, " ")}`,
    );
  console.log([...seen.values()].sort().join("\n"));
}
await app.close();
await database.close();
rmSync(dataDir, { recursive: true, force: true });
