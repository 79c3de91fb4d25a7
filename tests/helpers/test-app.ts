import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import pg from "pg";
import { inject } from "vitest";
import { type Database, openDatabase } from "../../src/db/client.js";
import { sessions } from "../../src/db/schema.js";
import { buildApp } from "../../src/server/core/app.js";
import type { Clock } from "../../src/server/core/clock.js";
import { type Config, loadConfig } from "../../src/server/core/config.js";
import { hashToken } from "../../src/server/core/session.js";
import { testClock } from "./clock.js";

export type TestContext = {
  app: FastifyInstance;
  database: Database;
  config: Config;
  clock: Clock;
  close: () => Promise<void>;
};

let counter = 0;

let statements = 0;
const countQuery = (sql: string) => {
  statements++;
  if (process.env.PRINT_SQL) console.log(`SQL> ${sql.replace(/\s+/g, " ").slice(0, 400)}`);
};
/** Statements sent to the test databases of this file so far: round trips per request are a difference of two reads. */
export const statementsSoFar = (): number => statements;

/**
 * A test database and how to reach it as a second node would. `url`: the PostgreSQL clone (none
 * on PGlite). `reopen()`: another connection pool to the same database on PostgreSQL; on PGlite,
 * where one process owns the database, the same handle (its close does nothing).
 */
export type TestDatabase = Database & { url: string | null; reopen: () => Promise<Database> };

/** A fresh database for one test file: a PGlite loaded from the snapshot, or a clone of the PG template. */
export async function openTestDatabase(): Promise<TestDatabase> {
  const tpl = inject("dbTemplate");
  if (tpl.kind === "pglite") {
    const blob = new Blob([readFileSync(tpl.file)]);
    const database = await openDatabase({ dataDir: "memory://", loadDataDir: blob, onQuery: countQuery });
    return { ...database, url: null, reopen: async () => ({ ...database, close: async () => {} }) };
  }
  const base = new URL(tpl.url);
  const template = base.pathname.slice(1);
  const name = `${template}_f${process.pid}_${++counter}`;
  // Connect to the maintenance database: a connection to the template would block cloning it.
  const maintenance = new URL(tpl.url);
  maintenance.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: maintenance.toString() });
  await admin.connect();
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.query(`create database "${name}" template "${template}"`);
      break;
    } catch (err) {
      // 55006: another worker is cloning the template right now; wait and try again.
      if ((err as { code?: string }).code !== "55006" || attempt >= 50) throw err;
      await new Promise((r) => setTimeout(r, 100 * attempt));
    }
  }
  await admin.end();
  base.pathname = `/${name}`;
  const url = base.toString();
  const database = await openDatabase({ databaseUrl: url, onQuery: countQuery });
  return {
    ...database,
    url,
    reopen: () => openDatabase({ databaseUrl: url }),
    close: async () => {
      await database.close();
      const drop = new pg.Client({ connectionString: maintenance.toString() });
      await drop.connect();
      await drop.query(`drop database if exists "${name}" with (force)`);
      await drop.end();
    },
  };
}

/** `clock`: the test clock unless a test passes its own (e.g. a fixed one at a time-zone boundary). */
export async function createTestApp(overrides: Partial<Config> = {}, clock: Clock = testClock): Promise<TestContext> {
  const database = await openTestDatabase();
  // Uploads go under dataDir/files: a temp dir, never the repository's ./data.
  const dataDir = mkdtempSync(join(tmpdir(), "kinerja-test-"));
  const config = loadConfig({ LOG_LEVEL: "silent" }, { dataDir, ...overrides });
  const app = await buildApp({ config, database, clock });
  await app.ready();
  return {
    app,
    database,
    config,
    clock,
    close: async () => {
      await app.close();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A signed-in client: keeps the session cookie and sends the CSRF token like the web app does. */
export type Client = {
  csrfToken: string;
  request: (opts: InjectOptions) => Promise<LightMyRequestResponse>;
  get: (url: string) => Promise<LightMyRequestResponse>;
  post: (url: string, payload?: unknown) => Promise<LightMyRequestResponse>;
  patch: (url: string, payload?: unknown) => Promise<LightMyRequestResponse>;
};

export async function signIn(app: FastifyInstance, username: string, password: string): Promise<Client> {
  const res = await app.inject({ method: "POST", url: "/api/auth/login", payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed for ${username}: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === "kinerja_session");
  if (!cookie) throw new Error("no session cookie");
  const { csrfToken } = res.json() as { csrfToken: string };
  return clientWith(app, cookie.value, csrfToken);
}

function clientWith(app: FastifyInstance, token: string, csrfToken: string): Client {
  const request = (opts: InjectOptions) =>
    app.inject({
      ...opts,
      cookies: { kinerja_session: token, ...(opts.cookies ?? {}) },
      headers: { "x-csrf-token": csrfToken, ...(opts.headers ?? {}) },
    });
  return {
    csrfToken,
    request,
    get: (url) => request({ method: "GET", url }),
    post: (url, payload) =>
      request({ method: "POST", url, ...(payload === undefined ? {} : { payload: payload as object }) }),
    patch: (url, payload) => request({ method: "PATCH", url, payload: payload as object }),
  };
}

/** A client with a session made directly in the database: for tests that sign many people in (no rate limit, no argon2). */
export async function sessionFor(app: FastifyInstance, db: Database["db"], personId: string): Promise<Client> {
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    personId,
    csrfToken,
    expiresAt: new Date(Date.now() + 3600_000),
    userAgent: "test",
    ip: "127.0.0.1",
  });
  return clientWith(app, token, csrfToken);
}
