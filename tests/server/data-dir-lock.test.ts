import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { DataDirLockedError, lockDataDir } from "../../src/db/data-dir-lock.js";

// PGlite has no locking of its own: a CLI command writing into the data directory of a running
// embedded server corrupts it. One process owns the directory.

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "kinerja-lock-"));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) {
    rmSync(d, { recursive: true, force: true });
    rmSync(`${d}.lock`, { recursive: true, force: true });
    rmSync(`${d}.lock.pid`, { force: true });
  }
});

/** Runs node with tsx on the repository's sources, with only DATA_DIR set for the database. */
function tsx(args: string[], dataDir: string): ChildProcess {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: "silent" };
  delete env.DATABASE_URL;
  return spawn(process.execPath, ["--import", "tsx", ...args], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
}

function finished(child: ChildProcess): Promise<{ code: number | null; out: string }> {
  let out = "";
  child.stdout?.on("data", (b) => {
    out += String(b);
  });
  child.stderr?.on("data", (b) => {
    out += String(b);
  });
  return new Promise((done) => child.on("exit", (code) => done({ code, out })));
}

const cli = (dataDir: string, ...args: string[]) => finished(tsx(["src/cli/kinerja.ts", ...args], dataDir));

// About the embedded engine alone: `npm test` runs it; CI's PostgreSQL run (DATABASE_URL) would
// only repeat the same child processes (~25 s).
describe.skipIf(process.env.DATABASE_URL)("the embedded data directory is owned by one process", () => {
  it("the CLI refuses, in Indonesian and with a non-zero exit, while a server holds it; works after", async () => {
    const dir = tempDir();
    const held = await openDatabase({ dataDir: dir });
    await expect(openDatabase({ dataDir: dir })).rejects.toBeInstanceOf(DataDirLockedError);
    const refused = await cli(dir, "purge-sessions");
    expect(refused.code).not.toBe(0);
    expect(refused.out).toContain("Server Kinerja sedang berjalan dan memakai basis data di");
    expect(refused.out).toContain("Hentikan server dulu");
    await held.close();
    expect(existsSync(`${dir}.lock`)).toBe(false);
    const ok = await cli(dir, "purge-sessions");
    expect(ok.out).toContain("sesi dihapus");
    expect(ok.code).toBe(0);
  }, 60_000);

  it("a held lock stays ours across its periodic refreshes", async () => {
    const dir = tempDir();
    const compromised: Error[] = [];
    // The shortest stale time proper-lockfile allows: refreshed every second.
    const release = await lockDataDir(dir, { staleMs: 2000, onCompromised: (err) => compromised.push(err) });
    await new Promise((r) => setTimeout(r, 3500));
    expect(compromised).toEqual([]);
    await expect(lockDataDir(dir)).rejects.toBeInstanceOf(DataDirLockedError);
    await release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });

  it("a lock left by a process killed with SIGKILL is taken over at once", async () => {
    const dir = tempDir();
    const holder = tsx(
      [
        "--input-type=module",
        "-e",
        "const { openDatabase } = await import('./src/db/client.ts');" +
          "await openDatabase({ dataDir: process.env.DATA_DIR }); console.log('ready'); setInterval(() => {}, 1000);",
      ],
      dir,
    );
    const exited = finished(holder);
    await new Promise<void>((ready) => holder.stdout?.on("data", (b) => String(b).includes("ready") && ready()));
    await expect(openDatabase({ dataDir: dir })).rejects.toBeInstanceOf(DataDirLockedError);
    holder.kill("SIGKILL");
    await exited;
    const reopened = await openDatabase({ dataDir: dir });
    await reopened.close();
  }, 60_000);
});
