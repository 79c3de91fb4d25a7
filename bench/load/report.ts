import { percentile, type Result } from "./load.js";

type Cpu = { server: number; db: number } | null;
/** `ratios`: app/ref of each round (app and reference alternated that many times). */
export type Row = {
  route: string;
  app: Result;
  ref: Result;
  ratios: number[];
  statements: number | null;
  appCpu: Cpu;
  refCpu: Cpu;
};
/** One timed run of a server and its CPU per request. */
export type Slice = { result: Result; cpu: Cpu };

export const rate = (r: Result) => (r.seconds > 0 ? r.requests / r.seconds : 0);

/** A route's rounds as one run: requests, latencies and seconds pooled, CPU weighted by requests. */
export function merged(slices: Slice[]): Slice {
  const result: Result = { requests: 0, errors: 0, statuses: {}, ms: [], seconds: 0 };
  let server = 0;
  let db = 0;
  let withCpu = slices.length > 0;
  for (const { result: r, cpu: c } of slices) {
    result.requests += r.requests;
    result.errors += r.errors;
    result.seconds += r.seconds;
    for (const m of r.ms) result.ms.push(m);
    for (const [k, n] of Object.entries(r.statuses)) result.statuses[k] = (result.statuses[k] ?? 0) + n;
    // A round that sent nothing (its plans were all spent) has no CPU per request to weigh.
    if (r.requests === 0) continue;
    if (c === null) withCpu = false;
    else {
      server += c.server * r.requests;
      db += c.db * r.requests;
    }
  }
  const n = result.requests;
  return { result, cpu: withCpu && n > 0 ? { server: server / n, db: db / n } : null };
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0
    ? Number.NaN
    : s.length % 2
      ? (s[mid] as number)
      : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** "Node + database" CPU milliseconds per request (`cpu.ts`); the database part only on PostgreSQL. */
const cpu = (c: Cpu, withDb: boolean) =>
  c === null ? "–" : withDb ? `${c.server.toFixed(2)} + ${c.db.toFixed(2)}` : c.server.toFixed(2);

const ms = (r: Result, p: number) =>
  percentile(
    [...r.ms].sort((a, b) => a - b),
    p,
  ).toFixed(1);

/** A Markdown table, pasted as is into docs/performance.md. */
export function table(rows: Row[], withDb: boolean): string {
  const cpuHead = withDb ? "CPU ms/req, Node + db" : "CPU ms/req";
  const head = [
    `| route | app req/s | app p50 ms | app p99 ms | app errors | ref req/s | ref p50 ms | ref p99 ms | app/ref | app/ref by round | statements/req | app ${cpuHead} | ref ${cpuHead} |`,
    "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
  ];
  const lines = rows.map((r) => {
    const errors = r.app.errors === 0 ? "0" : `${r.app.errors} ${JSON.stringify(r.app.statuses)}`;
    return `| ${r.route} | ${rate(r.app).toFixed(0)} | ${ms(r.app, 50)} | ${ms(r.app, 99)} | ${errors} | ${rate(r.ref).toFixed(0)} | ${ms(r.ref, 50)} | ${ms(r.ref, 99)} | ${median(r.ratios).toFixed(2)} | ${r.ratios.map((x) => x.toFixed(2)).join(" ")} | ${r.statements === null ? "–" : r.statements.toFixed(1)} | ${cpu(r.appCpu, withDb)} | ${cpu(r.refCpu, withDb)} |`;
  });
  return [...head, ...lines].join("\n");
}
