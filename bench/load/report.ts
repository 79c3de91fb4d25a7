import { percentile, type Result } from "./load.js";

type Cpu = { server: number; db: number } | null;
export type Row = { route: string; app: Result; ref: Result; statements: number | null; appCpu: Cpu; refCpu: Cpu };

/** "Node + database" CPU milliseconds per request (`cpu.ts`); the database part only on PostgreSQL. */
const cpu = (c: Cpu, withDb: boolean) =>
  c === null ? "–" : withDb ? `${c.server.toFixed(2)} + ${c.db.toFixed(2)}` : c.server.toFixed(2);

const rps = (r: Result) => r.requests / r.seconds;
const ms = (r: Result, p: number) =>
  percentile(
    [...r.ms].sort((a, b) => a - b),
    p,
  ).toFixed(1);

/** A Markdown table, pasted as is into docs/performance.md. */
export function table(rows: Row[], withDb: boolean): string {
  const cpuHead = withDb ? "CPU ms/req, Node + db" : "CPU ms/req";
  const head = [
    `| route | app req/s | app p50 ms | app p99 ms | app errors | ref req/s | ref p50 ms | ref p99 ms | app/ref | statements/req | app ${cpuHead} | ref ${cpuHead} |`,
    "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
  ];
  const lines = rows.map((r) => {
    const errors = r.app.errors === 0 ? "0" : `${r.app.errors} ${JSON.stringify(r.app.statuses)}`;
    return `| ${r.route} | ${rps(r.app).toFixed(0)} | ${ms(r.app, 50)} | ${ms(r.app, 99)} | ${errors} | ${rps(r.ref).toFixed(0)} | ${ms(r.ref, 50)} | ${ms(r.ref, 99)} | ${(rps(r.app) / rps(r.ref)).toFixed(2)} | ${r.statements === null ? "–" : r.statements.toFixed(1)} | ${cpu(r.appCpu, withDb)} | ${cpu(r.refCpu, withDb)} |`;
  });
  return [...head, ...lines].join("\n");
}
