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

export type CpuMark = { server: number; db: number } | null;

/** A reading of the server's and the database's CPU ticks; null where /proc is missing. */
export function cpuMark(serverPid: number | undefined, withDb: boolean): CpuMark {
  if (serverPid === undefined || !readdirSafe()) return null;
  return { server: ticksOf(serverPid), db: withDb ? postgresPids().reduce((n, pid) => n + ticksOf(pid), 0) : 0 };
}

const readdirSafe = () => {
  try {
    readFileSync("/proc/self/stat");
    return true;
  } catch {
    return false;
  }
};

/** CPU milliseconds per request between two marks (backends that ended in between are not counted). */
export function cpuPerRequest(a: CpuMark, b: CpuMark, requests: number) {
  if (!a || !b || requests === 0) return null;
  return { server: ((b.server - a.server) * TICK_MS) / requests, db: ((b.db - a.db) * TICK_MS) / requests };
}
