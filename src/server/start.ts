import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { type Database, openDatabase } from "../db/client.js";
import { runMigrations } from "../db/migrate.js";
import { seedRuleSetTemplates } from "../db/seed-templates.js";
import { buildApp } from "./core/app.js";
import { type Clock, systemClock } from "./core/clock.js";
import { type Config, loadConfig } from "./core/config.js";
import { createJobRunner, type Job, type JobRunner } from "./core/jobs.js";
import { periodicJobs } from "./core/periodic-jobs.js";
import { type DemoAccount, demoAccountsIfPresent, isEmptyDatabase, seedDemo } from "./demo/seed-demo.js";
import { createMailer, type Mailer } from "./mail/mailer.js";

export const DEFAULT_WEB_DIR = fileURLToPath(new URL("../../dist/web", import.meta.url));

export type StartOptions = {
  port?: number;
  host?: string;
  dataDir?: string;
  databaseUrl?: string;
  /** Seed the demo district. Default: only on an empty embedded database. */
  demo?: boolean;
  logLevel?: Config["logLevel"];
  webDir?: string;
  env?: NodeJS.ProcessEnv;
  /** Default: the system clock. */
  clock?: Clock;
  /** The hourly jobs. Default: periodicJobs (atasan refresh, session purge). */
  jobs?: (database: Database) => Job[];
  /** Recorded with each job run. Default: host/pid. */
  node?: string;
  /** An embedded database dump to start from instead of initdb (the browser tests' seeded demo). */
  loadDataDir?: Blob;
};

export type RunningServer = {
  app: FastifyInstance;
  database: Database;
  config: Config;
  url: string;
  demoAccounts: DemoAccount[] | null;
  jobs: JobRunner;
  /** The outbox's sender; null when e-mail is off (no SMTP_URL). */
  mailer: Mailer | null;
  close: () => Promise<void>;
};

/** Migrate, seed what is missing, listen, then run the periodic jobs in the background. Used by `npm start` and by the browser tests. */
export async function startServer(opts: StartOptions = {}): Promise<RunningServer> {
  const config = loadConfig(opts.env, {
    ...(opts.port !== undefined ? { port: opts.port } : {}),
    ...(opts.host !== undefined ? { host: opts.host } : {}),
    ...(opts.dataDir !== undefined ? { dataDir: opts.dataDir } : {}),
    ...(opts.databaseUrl !== undefined ? { databaseUrl: opts.databaseUrl } : {}),
    ...(opts.logLevel !== undefined ? { logLevel: opts.logLevel } : {}),
  });
  const clock = opts.clock ?? systemClock;
  let app: FastifyInstance | undefined;
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    prepareStatements: config.prepareStatements,
    poolMax: config.poolMax,
    ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
    onConnectionError: (err) => app?.log.warn({ err }, "database connection lost; reconnecting on next query"),
  });
  await runMigrations(database);
  await seedRuleSetTemplates(database.db);

  // The demo seeds itself on an empty embedded database; on PostgreSQL only when asked (--demo).
  const wantDemo = opts.demo ?? database.kind === "pglite";
  if (wantDemo && (await isEmptyDatabase(database.db))) await seedDemo(database.db, clock.now());
  const demoAccounts = await demoAccountsIfPresent(database.db);

  app = await buildApp({ config, database, clock, webDir: opts.webDir ?? DEFAULT_WEB_DIR });
  const address = await app.listen({ port: config.port, host: config.host });
  // After listen: a refresh grows with the district, start time must not.
  const jobs = createJobRunner({
    db: database.db,
    clock,
    log: app.log,
    jobs: (opts.jobs ?? ((d) => periodicJobs(d.db)))(database),
    ...(opts.node !== undefined ? { node: opts.node } : {}),
  });
  jobs.start();
  const mailer = config.mail ? createMailer({ db: database.db, mail: config.mail, clock, log: app.log }) : null;
  mailer?.start();
  const port = new URL(address).port;
  return {
    app,
    database,
    config,
    url: `http://localhost:${port}`,
    demoAccounts,
    jobs,
    mailer,
    close: async () => {
      // app.close() stops accepting connections and waits for in-flight requests first; a job
      // run in progress is waited for too, so the database never closes under it.
      await Promise.all([app.close(), jobs.stop(), mailer?.stop()]);
      await database.close();
    },
  };
}
