import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { type Database, openDatabase } from "../db/client.js";
import { runMigrations } from "../db/migrate.js";
import { seedRuleSetTemplates } from "../db/seed-templates.js";
import { purgeSessions } from "./auth/purge-sessions.js";
import { buildApp } from "./core/app.js";
import { type Clock, systemClock } from "./core/clock.js";
import { type Config, loadConfig } from "./core/config.js";
import { type DemoAccount, demoAccountsIfPresent, isEmptyDatabase, seedDemo } from "./demo/seed-demo.js";
import { refreshRunningPeriods } from "./periods/refresh-superiors.js";

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
};

export type RunningServer = {
  app: FastifyInstance;
  database: Database;
  config: Config;
  url: string;
  demoAccounts: DemoAccount[] | null;
  close: () => Promise<void>;
};

/** Migrate, seed what is missing, listen. Used by `npm start` and by the browser tests. */
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
    onConnectionError: (err) => app?.log.warn({ err }, "database connection lost; reconnecting on next query"),
  });
  await runMigrations(database);
  await seedRuleSetTemplates(database.db);

  // The demo seeds itself on an empty embedded database; on PostgreSQL only when asked (--demo).
  const wantDemo = opts.demo ?? database.kind === "pglite";
  if (wantDemo && (await isEmptyDatabase(database.db))) await seedDemo(database.db, clock.now());
  const demoAccounts = await demoAccountsIfPresent(database.db);

  app = await buildApp({ config, database, clock, webDir: opts.webDir ?? DEFAULT_WEB_DIR });
  const refresh = () =>
    refreshRunningPeriods(database.db, clock.now())
      .then((changed) => changed > 0 && app.log.info({ changed }, "atasan refreshed from assignment dates"))
      .catch((err: unknown) => app.log.error({ err }, "atasan refresh failed"));
  const purge = () =>
    purgeSessions({ db: database.db, now: clock.now() })
      .then((purged) => purged > 0 && app.log.info({ purged }, "expired sessions deleted"))
      .catch((err: unknown) => app.log.error({ err }, "session purge failed"));
  await refresh();
  await purge();
  const timer = setInterval(() => void refresh().then(purge), 3600_000);
  timer.unref();
  const address = await app.listen({ port: config.port, host: config.host });
  const port = new URL(address).port;
  return {
    app,
    database,
    config,
    url: `http://localhost:${port}`,
    demoAccounts,
    close: async () => {
      clearInterval(timer);
      // app.close() stops accepting connections and waits for in-flight requests first.
      await app.close();
      await database.close();
    },
  };
}
