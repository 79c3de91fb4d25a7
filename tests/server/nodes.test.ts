import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../src/db/client.js";
import { runMigrations } from "../../src/db/migrate.js";
import { jobRuns, ruleSets } from "../../src/db/schema.js";
import { seedRuleSetTemplates } from "../../src/db/seed-templates.js";
import { RULE_SET_TEMPLATES } from "../../src/domain/rulesets/catalogue/templates.js";
import { buildApp } from "../../src/server/core/app.js";
import { fixedClock } from "../../src/server/core/clock.js";
import { loadConfig } from "../../src/server/core/config.js";
import { createJobRunner, type Job, type JobOutcome } from "../../src/server/core/jobs.js";
import { periodicJobs } from "../../src/server/core/periodic-jobs.js";
import { makePerson, TEST_PASSWORD } from "../helpers/factories.js";
import { openTestDatabase, type TestDatabase } from "../helpers/test-app.js";

// Two app instances on one database, as two nodes behind a load balancer: on PostgreSQL each has
// its own connection pool (CI's PostgreSQL step); on PGlite they share the one embedded database.
let database: TestDatabase;
let other: Database;
let nodeA: FastifyInstance;
let nodeB: FastifyInstance;
const dataDir = mkdtempSync(join(tmpdir(), "kinerja-nodes-"));

beforeAll(async () => {
  database = await openTestDatabase();
  other = await database.reopen();
  const config = loadConfig({ LOG_LEVEL: "silent" }, { dataDir });
  nodeA = await buildApp({ config, database });
  nodeB = await buildApp({ config, database: other });
});
afterAll(async () => {
  await nodeA.close();
  await nodeB.close();
  await other.close();
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The real hourly jobs, counting how often each body actually ran. */
function countedJobs(db: Database["db"], counts: Map<string, number>): Job[] {
  return periodicJobs(db).map((job) => ({
    name: job.name,
    run: (now) => {
      counts.set(job.name, (counts.get(job.name) ?? 0) + 1);
      return job.run(now);
    },
  }));
}

const runner = (db: Database["db"], node: string, at: string, jobs: Job[]) =>
  createJobRunner({ db, clock: fixedClock(at), log: nodeA.log, jobs, node });

describe("two nodes on one database", () => {
  it("serves a user signed in through one node on the other, and a sign-out on one ends it on both", async () => {
    const p = await makePerson(database.db);
    const login = await nodeA.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: p.username, password: TEST_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    const token = login.cookies.find((c) => c.name === "kinerja_session")?.value as string;
    const { csrfToken } = login.json() as { csrfToken: string };
    const cookies = { kinerja_session: token };

    const me = await nodeB.inject({ method: "GET", url: "/api/me", cookies });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ person: { id: p.id } });

    const logout = await nodeB.inject({
      method: "POST",
      url: "/api/auth/logout",
      cookies,
      headers: { "x-csrf-token": csrfToken },
    });
    expect(logout.statusCode).toBeLessThan(300);
    expect((await nodeA.inject({ method: "GET", url: "/api/me", cookies })).statusCode).toBe(401);
  });

  it("runs each hourly job once when both nodes fire at the same time, and records the run", async () => {
    const counts = new Map<string, number>();
    const at = "2030-01-01T10:20:00Z";
    const a = runner(database.db, "node-a", at, countedJobs(database.db, counts));
    const b = runner(other.db, "node-b", at, countedJobs(other.db, counts));
    const outcomes = (await Promise.all([a.runDue(), b.runDue()])).flat();

    for (const name of ["refresh-superiors", "deadline-reminders", "purge-sessions"]) {
      expect(counts.get(name)).toBe(1);
      const mine = outcomes.filter((o) => o.job === name);
      expect(mine.map((o) => o.status).sort()).toEqual(["ran", "skipped"]);
      expect(mine.find((o) => o.status === "skipped")).toMatchObject({ reason: "claimed" });
    }
    const rows = await database.db
      .select()
      .from(jobRuns)
      .where(eq(jobRuns.slot, new Date("2030-01-01T10:00:00Z")));
    expect(rows.map((r) => r.job).sort()).toEqual(["deadline-reminders", "purge-sessions", "refresh-superiors"]);
    for (const r of rows) {
      expect(r).toMatchObject({ outcome: "ok", startedAt: new Date(at), finishedAt: new Date(at) });
      expect(["node-a", "node-b"]).toContain(r.node);
    }
    expect(rows.find((r) => r.job === "refresh-superiors")?.result).toEqual({ changed: 0 });

    // Later in the same hour nothing runs again; the next hour runs once more.
    const again = runner(other.db, "node-b", "2030-01-01T10:59:00Z", countedJobs(other.db, counts));
    expect((await again.runDue()).every((o) => o.status === "skipped")).toBe(true);
    const next = runner(database.db, "node-a", "2030-01-01T11:00:05Z", countedJobs(database.db, counts));
    expect((await next.runDue()).map((o) => o.status)).toEqual(["ran", "ran", "ran"]);
    expect(counts.get("refresh-superiors")).toBe(2);
  });

  it("never starts a job in a process while its previous run is still going", async () => {
    let release = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    let runs = 0;
    const slow: Job = {
      name: "slow",
      run: async () => {
        runs++;
        await gate;
        return { done: 1 };
      },
    };
    let hour = Date.parse("2030-02-01T00:00:10Z");
    const clock = { now: () => new Date(hour) };
    const jobs = createJobRunner({ db: database.db, clock, log: nodeA.log, jobs: [slow], node: "node-a" });
    const first = jobs.runDue();
    await expect.poll(() => runs).toBe(1);
    hour += 3600_000; // the next tick comes while the first run still blocks
    expect(await jobs.runDue()).toEqual([{ job: "slow", status: "skipped", reason: "running" }]);
    const stopped = jobs.stop();
    release();
    expect(await first).toEqual([{ job: "slow", status: "ran", result: { done: 1 } }]);
    await stopped;
    expect(runs).toBe(1);
  });

  it("records a failed run, and the next hour tries again", async () => {
    const failing: Job = {
      name: "failing",
      run: async () => {
        throw new Error("boom");
      },
    };
    const out: JobOutcome[] = await runner(database.db, "node-a", "2030-03-01T05:00:00Z", [failing]).runDue();
    expect(out).toEqual([{ job: "failing", status: "failed", error: "boom" }]);
    const [row] = await database.db.select().from(jobRuns).where(eq(jobRuns.job, "failing"));
    expect(row).toMatchObject({ outcome: "failed", result: { error: "boom" }, node: "node-a" });
    expect(row?.finishedAt).not.toBeNull();
    const later = await runner(other.db, "node-b", "2030-03-01T06:00:05Z", [failing]).runDue();
    expect(later[0]?.status).toBe("failed");
  });
});

describe("two nodes starting together", () => {
  it("migrate and seed an empty database once between them", async () => {
    // PostgreSQL: a new empty database and two pools starting at once. PGlite: one process owns
    // the data directory (a second is refused by its lock), so the same start twice in a row.
    const empty = database.url ? await createEmptyDatabase(database.url) : null;
    const first = empty ? await openDatabase({ databaseUrl: empty.url }) : database;
    const second = empty ? await openDatabase({ databaseUrl: empty.url }) : database;
    const start = async (d: Database) => {
      await runMigrations(d);
      await seedRuleSetTemplates(d.db);
    };
    try {
      if (empty) await Promise.all([start(first), start(second)]);
      else for (const d of [first, second]) await start(d);
      const rows = await first.db.select({ code: ruleSets.code, version: ruleSets.version }).from(ruleSets);
      expect(rows).toHaveLength(RULE_SET_TEMPLATES.length);
    } finally {
      if (empty) {
        await second.close();
        await first.close();
        await empty.drop();
      }
    }
  });
});

async function createEmptyDatabase(url: string) {
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  const name = `${new URL(url).pathname.slice(1)}_empty`;
  const admin = new pg.Client({ connectionString: maintenance.toString() });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: maintenance.toString() });
      await c.connect();
      await c.query(`drop database if exists "${name}" with (force)`);
      await c.end();
    },
  };
}
