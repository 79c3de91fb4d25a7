import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import lockfile from "proper-lockfile";

/** Another process (a running server, a CLI command) has the embedded database open. */
export class DataDirLockedError extends Error {
  constructor(readonly dataDir: string) {
    super(`data directory ${dataDir} is in use by another process`);
    this.name = "DataDirLockedError";
  }
}

// The lock's mtime is refreshed every 30 s; one older than a minute is abandoned. Long enough
// that a PGlite query blocking the event loop for seconds never makes a live lock look stale.
const STALE_MS = 60_000;

/** Lock directories this process holds: a second open in the same process is refused too. */
const heldHere = new Set<string>();

/**
 * The holder's pid, so a lock left by `kill -9` is seen at once. Beside the lock directory, not
 * in it: a file written inside would change the directory's mtime, which proper-lockfile reads
 * as the lock having been taken by someone else.
 */
const pidFile = (lockDir: string) => `${lockDir}.pid`;

function holderIsGone(lockDir: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(pidFile(lockDir), "utf8"));
  } catch {
    return false; // just created, pid not written yet: someone is starting
  }
  if (heldHere.has(lockDir)) return false;
  // Our own pid but not held here: a container restarted as pid 1 again, the old holder is gone.
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/**
 * One process owns an embedded data directory: PGlite has no locking of its own, and two
 * writers corrupt it. Locks `<dataDir>.lock` (proper-lockfile); returns the release function.
 */
export async function lockDataDir(
  dataDir: string,
  {
    staleMs = STALE_MS,
    onCompromised = (err: Error) => console.error(`Kunci DATA_DIR hilang: ${err.message}`),
  }: { staleMs?: number; onCompromised?: (err: Error) => void } = {},
): Promise<() => Promise<void>> {
  const lockDir = `${resolve(dataDir)}.lock`;
  const options = { stale: staleMs, realpath: false, lockfilePath: lockDir, onCompromised };
  for (let attempt = 0; ; attempt++) {
    try {
      const release = await lockfile.lock(dataDir, options);
      writeFileSync(pidFile(lockDir), String(process.pid));
      heldHere.add(lockDir);
      return async () => {
        heldHere.delete(lockDir);
        rmSync(pidFile(lockDir), { force: true });
        // Already released when the lock was compromised (reported by onCompromised): closing goes on.
        await release().catch((err: NodeJS.ErrnoException) => {
          if (err.code !== "ERELEASED") throw err;
        });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ELOCKED") throw err;
      // Left behind by a process that was killed: take it over once.
      if (attempt === 0 && holderIsGone(lockDir)) {
        rmSync(lockDir, { recursive: true, force: true });
        rmSync(pidFile(lockDir), { force: true });
        continue;
      }
      throw new DataDirLockedError(dataDir);
    }
  }
}
