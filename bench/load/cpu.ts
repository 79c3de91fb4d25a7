import { readdirSync, readFileSync } from "node:fs";

/**
 * CPU time spent by a server and by the local PostgreSQL while a route runs, from /proc (Linux;
 * elsewhere every figure is null). On a machine whose cores are all busy the throughput ratio
 * moves with whatever else runs there, and the reference's rate varied by 1.7× between runs of
 * the same build; CPU milliseconds per request move much less and say where a route's cost is:
 * the app's Node process or the database.
 */
const TICK_MS = 10; // USER_HZ is 100 on every Linux this runs on: /proc counts in 10 ms ticks.

function ticksOf(pid: number): number {
  try {
    // Fields after the command (which may hold spaces) start at ") "; utime and stime are 14 and 15.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** Every `postgres` process on this machine (the server and its backends): the local database's CPU. */
function postgresPids(): number[] {
  try {
    return readdirSync("/proc")
      .filter((d) => /^\d+$/.test(d))
      .map(Number)
      .filter((pid) => {
        try {
          return readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "postgres";
        } catch {
          return false;
        }
      });
  } catch {
    return [];
  }
}

/** The server's ticks and every `postgres` process's, by pid: a backend that ended is not subtracted. */
export type CpuMark = { server: number; db: Map<number, number> } | null;

const hasProc = () => {
  try {
    readFileSync("/proc/self/stat");
    return true;
  } catch {
    return false;
  }
};

/** A reading of the server's and the database's CPU ticks; null where /proc is missing. */
export function cpuMark(serverPid: number | undefined, withDb: boolean): CpuMark {
  if (serverPid === undefined || !hasProc()) return null;
  const db = new Map<number, number>();
  if (withDb) for (const pid of postgresPids()) db.set(pid, ticksOf(pid));
  return { server: ticksOf(serverPid), db };
}

/**
 * CPU milliseconds per request between two marks. A backend started in between counts from zero;
 * one that ended in between (another client's) is left out rather than subtracted.
 */
export function cpuPerRequest(a: CpuMark, b: CpuMark, requests: number) {
  if (!a || !b || requests === 0) return null;
  let db = 0;
  for (const [pid, ticks] of b.db) db += ticks - (a.db.get(pid) ?? 0);
  return { server: ((b.server - a.server) * TICK_MS) / requests, db: (db * TICK_MS) / requests };
}
