import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import pg from "pg";
import { generateScaleDistrict, SCALE_PASSWORD } from "../../src/cli/demo-scale/generate.js";
import { openDatabase } from "../../src/db/client.js";
import { runMigrations } from "../../src/db/migrate.js";
import { sessions } from "../../src/db/schema.js";
import { seedRuleSetTemplates } from "../../src/db/seed-templates.js";
import { buildApp } from "../../src/server/core/app.js";
import { systemClock } from "../../src/server/core/clock.js";
import { loadConfig } from "../../src/server/core/config.js";
import { benchSession } from "../session.js";
import { DEFAULT_THRESHOLDS, type Finding, isExplainable, type PlanNode, planFindings } from "./plan-check.js";
import { hotRoutes } from "./routes.js";

/**
 * `npm run bench:explain [-- --teachers 100000]`: generates a district (or reuses the SCALE district
 * of BENCH_DATABASE_URL), sends each hot route once through the real app while recording every
 * statement with its parameters, then runs EXPLAIN (ANALYZE, BUFFERS) of each on its own
 * connection, inside a transaction that is rolled back. Exits 1 when a plan scans a large table
 * sequentially or misestimates badly (plan-check.ts), printing that plan.
 */
const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const teachers = Number(flag("teachers", "100000"));
const verbose = args.includes("--verbose");
const thresholds = {
  ...DEFAULT_THRESHOLDS,
  seqScanRows: Number(flag("seq-scan-rows", String(DEFAULT_THRESHOLDS.seqScanRows))),
};
const CODE = "SCALE";

type Captured = { route: string; text: string; values: unknown[] };
const captured: Captured[] = [];
let capturing: string | null = null;
const known = new Map<string, string>();
// Every statement the app sends goes through pg.Client#query (the pool's too).
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...a: unknown[]) {
  const [config, second] = a as [unknown, unknown];
  if (capturing) {
    const text = typeof config === "string" ? config : (config as { text?: string } | null)?.text;
    const values = Array.isArray(second) ? second : ((config as { values?: unknown[] } | null)?.values ?? []);
    if (typeof text === "string") captured.push({ route: capturing, text, values });
  }
  return (query as (...x: unknown[]) => unknown).apply(this, a);
} as typeof query;

const own = !process.env.BENCH_DATABASE_URL;
const url = process.env.BENCH_DATABASE_URL ?? `postgres://postgres@127.0.0.1:5432/kinerja_explain_${process.pid}`;
const admin = async (statement: string) => {
  const target = new URL(url);
  target.pathname = "/postgres";
  const c = new pg.Client({ connectionString: target.toString() });
  await c.connect();
  await c.query(statement);
  await c.end();
};
const dbName = new URL(url).pathname.slice(1);
if (own) await admin(`create database "${dbName}"`);
const dataDir = mkdtempSync(join(tmpdir(), "kinerja-explain-"));
let failed = false;
try {
  const database = await openDatabase({ databaseUrl: url });
  await runMigrations(database);
  await seedRuleSetTemplates(database.db);
  const db = database.db;
  const existing = await db.execute(
    sql`select 1 from districts d join periods p on p.district_id = d.id where d.code = ${CODE}`,
  );
  if (existing.rows.length === 0) {
    console.log(`generating ${teachers} teachers…`);
    await generateScaleDistrict({
      db,
      code: CODE,
      teachers,
      now: systemClock.now(),
      onStep: (s, sec) => console.log(`  ${s}: ${sec.toFixed(1)} s`),
    });
  }
  // As autovacuum would have by now: statistics, and the visibility map index-only scans need.
  await db.execute(sql`vacuum analyze`);

  const config = loadConfig({ LOG_LEVEL: "silent" }, { dataDir, databaseUrl: url });
  const app = await buildApp({ config, database, clock: systemClock });
  await app.ready();
  const sessionOf = async (personId: string) => {
    const s = benchSession(personId, "bench:explain");
    await db.insert(sessions).values(s.row);
    return { cookie: s.cookie, csrf: s.csrf };
  };
  const routes = await hotRoutes(db, CODE, sessionOf, SCALE_PASSWORD);
  for (const r of routes) {
    if (r.known) known.set(r.name, r.known);
    capturing = r.name;
    const t0 = performance.now();
    const res = await app.inject(r.request());
    const ms = performance.now() - t0;
    capturing = null;
    const ok = res.statusCode < 400;
    console.log(`${ok ? "ok " : "ERR"} ${res.statusCode} ${ms.toFixed(0).padStart(6)} ms  ${r.name}`);
    if (!ok) {
      console.log(`    ${res.body.slice(0, 300)}`);
      failed = true;
    }
  }
  await app.close();

  const tableRows = new Map<string, number>();
  const sizes = await db.execute<{ relname: string; n: number }>(
    sql`select relname, reltuples::float8 as n from pg_class where relkind = 'r' and relnamespace = 'public'::regnamespace`,
  );
  for (const r of sizes.rows) tableRows.set(r.relname, Number(r.n));
  await database.close();

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // The unwrapped query: explaining records nothing.
  const raw = <T>(text: string, values?: unknown[]) =>
    (query as (...x: unknown[]) => Promise<{ rows: T[] }>).call(client, text, values);
  const seen = new Set<string>();
  let explained = 0;
  const byRoute = new Map<string, { statements: number; ms: number; findings: number }>();
  for (const c of captured) {
    const stats = byRoute.get(c.route) ?? { statements: 0, ms: 0, findings: 0 };
    byRoute.set(c.route, stats);
    stats.statements++;
    // Once per route and text: the same statement with another actor's values may plan differently.
    const key = `${c.route}\n${c.text}`;
    if (!isExplainable(c.text) || seen.has(key)) continue;
    seen.add(key);
    await raw("begin");
    try {
      const res = await raw<{ "QUERY PLAN": [{ Plan: PlanNode; "Execution Time": number }] }>(
        `explain (analyze, buffers, format json) ${c.text}`,
        c.values,
      );
      const top = res.rows[0]?.["QUERY PLAN"][0];
      if (!top) continue;
      explained++;
      stats.ms += top["Execution Time"];
      const findings: Finding[] = planFindings(top.Plan, tableRows, thresholds);
      if (findings.length > 0 || verbose) {
        const text = await raw<{ "QUERY PLAN": string }>(`explain (analyze, buffers) ${c.text}`, c.values);
        console.log(`\n— ${c.route}: ${findings.map((f) => f.detail).join("; ") || "ok"}`);
        console.log(`  ${c.text.replace(/\s+/g, " ").slice(0, 400)}`);
        console.log(text.rows.map((r) => `    ${r["QUERY PLAN"]}`).join("\n"));
      }
      if (findings.length > 0) {
        stats.findings += findings.length;
        const why = known.get(c.route);
        if (why) console.log(`  known, does not fail: ${why}`);
        else failed = true;
      }
    } catch (err) {
      // An INSERT of a row the route already wrote fails on its key: nothing to plan there.
      const message = (err as Error).message;
      if (verbose || !/^insert/i.test(c.text.trimStart()) || !/duplicate key/.test(message)) {
        console.log(`\n— ${c.route}: could not explain (${message})\n  ${c.text.slice(0, 300)}`);
      }
    } finally {
      await raw("rollback");
    }
  }
  await client.end();
  console.log(`\n${explained} distinct statements explained; thresholds ${JSON.stringify(thresholds)}`);
  console.log("| route | statements | execution ms (distinct statements) | findings |\n|---|--:|--:|--:|");
  for (const [route, s] of byRoute) {
    const findings = s.findings && known.has(route) ? `${s.findings} (known)` : String(s.findings);
    console.log(`| ${route} | ${s.statements} | ${s.ms.toFixed(1)} | ${findings} |`);
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
  if (own) await admin(`drop database if exists "${dbName}" with (force)`);
}
if (failed) {
  console.log("\nFAILED: see the plans above");
  process.exit(1);
}
