import { hostname } from "node:os";
import { and, eq, lt } from "drizzle-orm";
import type { FastifyBaseLogger } from "fastify";
import type { Db } from "../../db/client.js";
import { jobRuns } from "../../db/schema.js";
import type { Clock } from "./clock.js";

/** A periodic job: runs once per hour across every node sharing the database. */
export type Job = {
  name: string;
  /** Returns what it did (`{ changed: 3 }`): logged and stored in `job_runs.result`. */
  run: (now: Date) => Promise<Record<string, number>>;
};

export type JobOutcome =
  | { job: string; status: "ran"; result: Record<string, number> }
  | { job: string; status: "failed"; error: string }
  /** `claimed`: another node (or this one) already ran this hour; `running`: this process still is. */
  | { job: string; status: "skipped"; reason: "claimed" | "running" };

export type JobRunner = {
  /** Runs every job whose hour is not claimed yet; what the timer calls. */
  runDue: () => Promise<JobOutcome[]>;
  /** Soon after start, then just after every full hour (a Plt's term ends at local midnight). */
  start: () => void;
  /** Stops the timer and waits for a run in progress, so the database can close under none. */
  stop: () => Promise<void>;
};

type Options = {
  db: Db;
  clock: Clock;
  log: FastifyBaseLogger;
  jobs: readonly Job[];
  /** Recorded in `job_runs.node`. Default: host/pid. */
  node?: string;
};

const HOUR = 3600_000;
/** After the hour, so every district's midnight (whole-hour offsets) has passed. */
const AFTER_THE_HOUR_MS = 5_000;

/** How long `job_runs` rows are kept for an admin to look back on. */
export const JOB_RUN_RETENTION_MS = 30 * 24 * HOUR;

export const hourSlot = (now: Date) => new Date(Math.floor(now.getTime() / HOUR) * HOUR);

/**
 * Runs the periodic jobs once across nodes: the first node to insert the `(job, hour)` row of
 * `job_runs` runs it, the others see the conflict and skip. Works the same on PGlite (one
 * process) and on PostgreSQL (several). Within a process, a job still running is never started
 * again (a refresh of a large district may outlast a tick).
 */
export function createJobRunner({ db, clock, log, jobs, node = `${hostname()}/${process.pid}` }: Options): JobRunner {
  const running = new Set<string>();
  let inFlight: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  async function runOne(job: Job): Promise<JobOutcome> {
    if (running.has(job.name)) return { job: job.name, status: "skipped", reason: "running" };
    running.add(job.name);
    try {
      const startedAt = clock.now();
      const slot = hourSlot(startedAt);
      const claimed = await db
        .insert(jobRuns)
        .values({ job: job.name, slot, node, startedAt })
        .onConflictDoNothing()
        .returning({ job: jobRuns.job });
      if (claimed.length === 0) return { job: job.name, status: "skipped", reason: "claimed" };
      const mine = and(eq(jobRuns.job, job.name), eq(jobRuns.slot, slot));
      const t0 = performance.now();
      try {
        const result = await job.run(startedAt);
        const ms = Math.round(performance.now() - t0);
        await db.update(jobRuns).set({ finishedAt: clock.now(), outcome: "ok", result }).where(mine);
        log.info({ job: job.name, slot, node, ms, result }, "periodic job done");
        return { job: job.name, status: "ran", result };
      } catch (err) {
        const error = err instanceof Error ? err.message : String(err);
        log.error({ err, job: job.name, slot, node }, "periodic job failed");
        await db
          .update(jobRuns)
          .set({ finishedAt: clock.now(), outcome: "failed", result: { error } })
          .where(mine)
          .catch((e: unknown) => log.error({ err: e, job: job.name }, "could not record the failed job run"));
        return { job: job.name, status: "failed", error };
      }
    } catch (err) {
      // The claim itself failed (database unreachable): the next tick tries again.
      log.error({ err, job: job.name }, "periodic job not started");
      return { job: job.name, status: "failed", error: err instanceof Error ? err.message : String(err) };
    } finally {
      running.delete(job.name);
    }
  }

  const runDue = () => {
    const run = (async () => {
      const outcomes: JobOutcome[] = [];
      for (const job of jobs) outcomes.push(await runOne(job));
      return outcomes;
    })();
    inFlight = Promise.all([inFlight, run]).catch(() => {});
    return run;
  };

  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      void runDue().finally(() => {
        const now = clock.now().getTime();
        schedule(hourSlot(new Date(now)).getTime() + HOUR + AFTER_THE_HOUR_MS - now);
      });
    }, delay);
    timer.unref();
  };

  return {
    runDue,
    start: () => schedule(0),
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await inFlight;
    },
  };
}

/** Deletes run records older than `JOB_RUN_RETENTION_MS`; part of the hourly purge. */
export async function purgeJobRuns(db: Db, now: Date): Promise<number> {
  const before = new Date(now.getTime() - JOB_RUN_RETENTION_MS);
  const gone = await db.delete(jobRuns).where(lt(jobRuns.slot, before)).returning({ job: jobRuns.job });
  return gone.length;
}
