import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

/** Where one engine's run keeps its data: env for the app, for the reference server, and the clean-up. */
export type Engine = {
  label: string;
  appEnv: Record<string, string>;
  /** Called after seeding, before the app starts: PGlite copies the data dir for the reference. */
  refEnv: () => Record<string, string>;
  openOptions: { databaseUrl?: string; dataDir?: string };
  cleanup: () => Promise<void>;
};

const DEFAULT_SERVER = "postgres://postgres@127.0.0.1:5432/postgres";

/** BENCH_DATABASE_URL (an empty database), or a fresh database on the local server, dropped afterwards. */
export async function postgresEngine(): Promise<Engine> {
  const given = process.env.BENCH_DATABASE_URL;
  let url = given;
  let cleanup = async () => {};
  if (!url) {
    const name = `kinerja_loadbench_${process.pid}`;
    const admin = new pg.Client({ connectionString: DEFAULT_SERVER });
    await admin.connect();
    await admin.query(`create database "${name}"`);
    await admin.end();
    const u = new URL(DEFAULT_SERVER);
    u.pathname = `/${name}`;
    url = u.toString();
    cleanup = async () => {
      const drop = new pg.Client({ connectionString: DEFAULT_SERVER });
      await drop.connect();
      await drop.query(`drop database if exists "${name}" with (force)`);
      await drop.end();
    };
  }
  const databaseUrl = url;
  return {
    label: "PostgreSQL",
    appEnv: { DATABASE_URL: databaseUrl },
    refEnv: () => ({ REF_DATABASE_URL: databaseUrl }),
    openOptions: { databaseUrl },
    cleanup,
  };
}

/**
 * PGlite in a temp DATA_DIR. The app's process locks its data dir, so the reference server reads
 * a copy taken after seeding (same rows, sessions included; the app's later writes are not in it).
 */
export function pgliteEngine(): Engine {
  const dir = mkdtempSync(join(tmpdir(), "kinerja-loadbench-"));
  const dataDir = join(dir, "data");
  const copy = join(dir, "reference");
  return {
    label: "PGlite",
    appEnv: { DATA_DIR: dataDir },
    refEnv: () => {
      cpSync(dataDir, copy, { recursive: true });
      return { REF_DATA_DIR: copy };
    },
    openOptions: { dataDir },
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}
