import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jobRuns } from "../../src/db/schema.js";
import type { Job } from "../../src/server/core/jobs.js";
import { type RunningServer, startServer } from "../../src/server/start.js";
import { openTestDatabase, type TestDatabase } from "../helpers/test-app.js";

// The periodic jobs run after listen, in the background: start time does not grow with the data.
let database: TestDatabase;
const dataDir = mkdtempSync(join(tmpdir(), "kinerja-start-"));
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("starting the server", () => {
  // On PGlite this start runs initdb in a fresh data dir: seconds, more under a loaded test run.
  it("listens before the first job run has finished, runs it soon after, and waits for it on close", {
    timeout: 90_000,
  }, async () => {
    let release = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    let started = false;
    let finished = false;
    const slow: Job = {
      name: "slow-refresh",
      run: async () => {
        started = true;
        await gate;
        finished = true;
        return { changed: 0 };
      },
    };
    // PostgreSQL: the test's database; PGlite: a fresh embedded one in a temp dir (one owner).
    const server: RunningServer = await startServer({
      port: 0,
      host: "127.0.0.1",
      ...(database.url ? { databaseUrl: database.url } : { dataDir: join(dataDir, "db") }),
      demo: false,
      logLevel: "silent",
      jobs: () => [slow],
      node: "node-start",
    });
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    await expect.poll(() => started).toBe(true);
    expect(finished).toBe(false);

    const closing = server.close();
    release();
    await closing;
    expect(finished).toBe(true);
  });

  it("runs the real hourly jobs at start and records them", async () => {
    const server = await startServer({
      port: 0,
      host: "127.0.0.1",
      ...(database.url ? { databaseUrl: database.url } : { dataDir: join(dataDir, "db") }),
      demo: false,
      logLevel: "silent",
      node: "node-start",
    });
    try {
      // The first test's slow job is in the table too: wait for every real job, not for a count.
      const real = ["refresh-superiors", "deadline-reminders", "purge-sessions"];
      await expect
        .poll(
          async () => {
            const rows = await server.database.db.select().from(jobRuns);
            return real.filter((job) => rows.some((r) => r.job === job && r.outcome === "ok")).sort();
          },
          { timeout: 20_000 },
        )
        .toEqual([...real].sort());
    } finally {
      await server.close();
    }
  });
});
