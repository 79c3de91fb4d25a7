import { jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

// Periodic jobs (src/server/core/jobs.ts): one row per job and hour, claimed by the first node.

export const jobRuns = pgTable(
  "job_runs",
  {
    /** `refresh-superiors`, `purge-sessions`. */
    job: text("job").notNull(),
    /** The start of the hour (UTC) the run is for: the primary key makes it run once across nodes. */
    slot: timestamp("slot", { withTimezone: true }).notNull(),
    /** Which process ran it: host/pid. */
    node: text("node").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    /** Null while running, or when the node died mid-run (the next hour runs anyway). */
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    /** What the job reports (`{ changed: 3 }`), or `{ error }` when it failed. */
    result: jsonb("result").$type<Record<string, unknown>>(),
    /** `ok` or `failed`; null while running. */
    outcome: text("outcome", { enum: ["ok", "failed"] }),
  },
  (t) => [primaryKey({ columns: [t.job, t.slot] })],
);
