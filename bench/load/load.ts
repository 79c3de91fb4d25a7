import { Agent, request } from "node:http";

/** One request a virtual user makes; `done` sees the answer (e.g. to keep a plan's version). */
export type Shot = {
  method: "GET" | "PUT" | "POST";
  path: string;
  headers: Record<string, string>;
  body?: unknown;
  /** Called with the status and parsed body; return false to drop the user from the pool (plan submitted). */
  done?: (status: number, body: unknown) => boolean | undefined;
};

/**
 * Users of one route, taken round-robin. `exclusive`: a user is used by one connection at a time
 * (a plan is never saved twice at once); otherwise reads may share a user (a queue of 6 Tim
 * Kinerja members still gets every connection).
 */
export type Pool<U> = { users: U[]; shot: (u: U) => Shot; exclusive?: boolean };

export type Result = {
  requests: number;
  errors: number;
  statuses: Record<string, number>;
  ms: number[];
  seconds: number;
};

const TIMEOUT_MS = 30_000;

function send(agent: Agent, base: URL, s: Shot): Promise<{ status: number; text: string }> {
  const body = s.body === undefined ? undefined : JSON.stringify(s.body);
  const headers: Record<string, string> = { ...s.headers };
  if (body !== undefined) headers["content-type"] = "application/json";
  return new Promise((resolve, reject) => {
    const req = request(
      { agent, host: base.hostname, port: base.port, method: s.method, path: s.path, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      },
    );
    // A request still unanswered after TIMEOUT_MS counts as an error: a run ends within bounds.
    req.setTimeout(TIMEOUT_MS, () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end(body);
  });
}

/**
 * Closed-loop load: `connections` keep-alive connections, each sending its next request as soon
 * as the previous answer is read, for `seconds`. Users are taken round-robin from the pool,
 * one connection per user at a time; a user `done` drops leaves the pool, for later runs too (an
 * exhausted pool ends the run).
 */
export async function runLoad<U>(base: string, pool: Pool<U>, connections: number, seconds: number): Promise<Result> {
  const url = new URL(base);
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const free = [...pool.users];
  const spent = new Set<U>();
  let next = 0;
  const take = () => (pool.exclusive ? free.shift() : free[next++ % free.length]);
  const r: Result = { requests: 0, errors: 0, statuses: {}, ms: [], seconds: 0 };
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  const loop = async () => {
    while (performance.now() < end) {
      const user = take();
      if (user === undefined) return;
      const shot = pool.shot(user);
      const s0 = performance.now();
      let keep: boolean | undefined = true;
      try {
        const res = await send(agent, url, shot);
        r.ms.push(performance.now() - s0);
        r.statuses[res.status] = (r.statuses[res.status] ?? 0) + 1;
        if (res.status >= 400) r.errors++;
        const parsed = res.text.startsWith("{") ? (JSON.parse(res.text) as unknown) : undefined;
        keep = shot.done?.(res.status, parsed);
      } catch (err) {
        r.errors++;
        const kind = err instanceof Error && err.message === "timeout" ? "timeout" : "neterr";
        r.statuses[kind] = (r.statuses[kind] ?? 0) + 1;
      }
      r.requests++;
      if (keep === false) {
        spent.add(user);
        // An exclusive pool's user is out of `free` while its request runs (indexOf would be -1, and
        // splice(-1) dropped another user: the last one).
        const at = free.indexOf(user);
        if (!pool.exclusive && at >= 0) free.splice(at, 1);
      } else if (pool.exclusive) free.push(user);
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  // A spent user (a plan submitted or decided) stays out of the pool's later runs (the next round).
  if (spent.size > 0) pool.users = pool.users.filter((u) => !spent.has(u));
  r.seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  return r;
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
