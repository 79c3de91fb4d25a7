import { execFile } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { lockDataDir } from "./data-dir-lock.js";
import { prepareStatementsOfPglite } from "./pglite-prepared.js";
import { prepareStatementsOf } from "./prepared.js";
import * as schema from "./schema.js";

export type DbKind = "pglite" | "postgres";

/**
 * Both drivers expose the same Drizzle query API; use cases only see `Db`.
 * The PGlite type is used as the shared one: the node-postgres database is structurally the same.
 */
export type Db = ReturnType<typeof drizzlePglite<typeof schema>>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** A database or an open transaction: queries accept either so use cases compose. */
export type Queryable = Db | Tx;

export type Database = {
  db: Db;
  kind: DbKind;
  close: () => Promise<void>;
};

export type OpenOptions = {
  databaseUrl?: string | undefined;
  dataDir?: string;
  /** A PGlite data-dir dump to start from (test snapshot); skips initdb. */
  loadDataDir?: Blob | File;
  /** Told about a lost PostgreSQL connection (failover, restart, idle kill); the pool reconnects. */
  onConnectionError?: (err: Error) => void;
  /** PostgreSQL statements prepared once per connection (default); false behind a transaction-mode pooler. */
  prepareStatements?: boolean;
  /** PostgreSQL connections in the pool (default 10). */
  poolMax?: number;
  /** Told about every statement sent: tests count round trips per request with it. */
  onQuery?: (sql: string) => void;
};

/** Drizzle's logger hook, only when someone listens: no cost otherwise. */
function loggerOf(opts: OpenOptions) {
  const onQuery = opts.onQuery;
  return onQuery ? { logger: { logQuery: (query: string) => onQuery(query) } } : {};
}

/** How long an idle pooled PostgreSQL connection is kept (a few idle backends cost the server little). */
export const POOL_IDLE_MS = 4 * 60_000;

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) {
    // Fail a request in seconds rather than hang when the database cannot be reached.
    // JIT off: it compiles a statement whose estimate is large (a search that stops after a page,
    // planned as if it read the whole range) for 5-35 ms, which an OLTP statement never earns back.
    // DateStyle ISO whatever the server's default: dates read as text (Drizzle's, `textRowSql`'s) are ISO.
    const pool = new pg.Pool({
      connectionString: opts.databaseUrl,
      max: opts.poolMax ?? 10,
      connectionTimeoutMillis: 5000,
      // pg's default closes a connection idle for 10 s: a school's requests come in bursts minutes
      // apart, and each burst then paid new connections (backend start, catalogue caches, every
      // statement prepared and planned anew): 100 KS queues 214 → 460 ms after 12 s idle.
      idleTimeoutMillis: POOL_IDLE_MS,
      // TCP keep-alive on those idle connections: a NAT or firewall that forgets a silent connection
      // (AWS's after 350 s) would otherwise leave the next query on it waiting for a dead peer.
      keepAlive: true,
      keepAliveInitialDelayMillis: 60_000,
      options: "-c jit=off -c datestyle=iso",
    });
    // Without these listeners a terminated connection is an unhandled 'error' event that ends the
    // process: the pool's for idle clients, each client's own for one checked out (a transaction
    // between two queries). The broken client is discarded; the next query opens a fresh one.
    const lost = (err: Error) => opts.onConnectionError?.(err);
    pool.on("error", lost);
    pool.on("connect", (client) => {
      client.on("error", lost);
      if (opts.prepareStatements !== false) prepareStatementsOf(client);
    });
    const db = drizzlePg(pool, { schema, ...loggerOf(opts) }) as unknown as Db;
    return { db, kind: "postgres", close: () => pool.end() };
  }
  const dataDir = opts.dataDir;
  let release = async () => {};
  if (dataDir && !dataDir.startsWith("memory://")) {
    mkdirSync(dataDir, { recursive: true });
    // Throws DataDirLockedError while a server (or another command) has it open.
    release = await lockDataDir(dataDir);
  }
  try {
    if (dataDir && !dataDir.startsWith("memory://") && !opts.loadDataDir) await initDataDirApart(dataDir);
    const client = await PGlite.create(dataDir ?? "memory://", {
      startParams: [...PGlite.defaultStartParams, "-c", `shared_buffers=${SHARED_BUFFERS}`],
      // Migrations 0005 and 0029 create them: the trigram indexes of the admin search.
      extensions: { pg_trgm, btree_gin },
      ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
    });
    if (opts.prepareStatements !== false) prepareStatementsOfPglite(client);
    const db = drizzlePglite(client, { schema, ...loggerOf(opts) });
    const close = async () => {
      await client.close();
      await release();
    };
    return { db, kind: "pglite", close };
  } catch (err) {
    await release();
    throw err;
  }
}

/**
 * PGlite's buffer pool lives in its WASM heap and counts fully in the server's RSS: PostgreSQL's
 * 128MB default cost ~110 MB more than this. Pages beyond it come from the OS page cache.
 */
export const SHARED_BUFFERS = "32MB";

/**
 * A new data directory is initialised (initdb) in a short-lived child process: initdb's own WASM
 * instance and the bundle it unpacks would otherwise stay in this process's RSS (~400 MB, never
 * given back in time). The caller holds the data-dir lock; the child only runs while it does.
 */
async function initDataDirApart(dataDir: string): Promise<void> {
  if (existsSync(join(dataDir, "PG_VERSION"))) return;
  const pglite = import.meta.resolve("@electric-sql/pglite");
  const script = `const { PGlite } = await import(${JSON.stringify(pglite)});
const c = await PGlite.create(process.argv[1]); await c.close();`;
  await promisify(execFile)(process.execPath, ["--input-type=module", "-e", script, dataDir], {
    maxBuffer: 16 * 1024 * 1024,
  });
}

/** The raw PGlite handle, for dumping a test snapshot. */
export function pgliteClient(database: Database): PGlite | null {
  if (database.kind !== "pglite") return null;
  return (database.db as unknown as { $client: PGlite }).$client;
}
