import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runOrgBench } from "./org-refresh.js";

/**
 * `npm run bench`: start-up time (empty and existing data dir), server RSS after start, and
 * request latency of sign-in and /api/me on the demo. Targets (DEVELOPERS.md / issue 2):
 * first start < 60 s on a fresh data dir; numbers are printed, not asserted.
 */
const root = new URL("..", import.meta.url).pathname;
const port = 3900 + Math.floor(Math.random() * 90);
const base = `http://127.0.0.1:${port}`;

function rssMb(pid: number): number {
  // Sum the process tree's resident memory, in case a loader spawned a child.
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
  const own = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
  return own + children.reduce((sum, c) => sum + rssMb(Number(c)), 0);
}

async function start(dataDir: string): Promise<{ child: ChildProcess; seconds: number }> {
  const t0 = performance.now();
  // node itself (not npx) so SIGTERM reaches the server and RSS is the server's own.
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: "warn" },
    stdio: "ignore",
  });
  for (let i = 0; i < 1200; i++) {
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { child, seconds: (performance.now() - t0) / 1000 };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill("SIGTERM");
  throw new Error("server did not start within 120 s");
}

async function stop(child: ChildProcess): Promise<number> {
  const t0 = performance.now();
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await exited;
  return (performance.now() - t0) / 1000;
}

function pct(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function timed(n: number, fn: () => Promise<unknown>): Promise<string> {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  return `p50 ${pct(ms, 50).toFixed(1)} ms, p95 ${pct(ms, 95).toFixed(1)} ms (n=${n})`;
}

const dataDir = mkdtempSync(join(tmpdir(), "kinerja-bench-"));
try {
  const first = await start(dataDir);
  console.log(`first start (empty data dir, migrate + demo seed): ${first.seconds.toFixed(1)} s`);
  console.log(`server RSS after first start: ${rssMb(first.child.pid as number).toFixed(0)} MB`);
  console.log(`SIGTERM to exit: ${(await stop(first.child)).toFixed(1)} s`);

  const second = await start(dataDir);
  console.log(`second start (existing data dir): ${second.seconds.toFixed(1)} s`);
  console.log(`server RSS after second start: ${rssMb(second.child.pid as number).toFixed(0)} MB`);

  const login = () =>
    fetch(`${base}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "kepsek.demo", password: "kinerja-demo" }),
    });
  console.log(`POST /api/auth/login: ${await timed(20, login)}`);
  const cookie = (await login()).headers.get("set-cookie")?.split(";")[0] ?? "";
  console.log(
    `GET /api/me (KS, 10 teachers): ${await timed(200, () => fetch(`${base}/api/me`, { headers: { cookie } }))}`,
  );
  // The hottest write: the planning stepper autosaves every few seconds per active teacher.
  const guru = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "guru.demo", password: "kinerja-demo" }),
  });
  const { csrfToken } = (await guru.json()) as { csrfToken: string };
  const guruCookie = guru.headers.get("set-cookie")?.split(";")[0] ?? "";
  const headers = { cookie: guruCookie, "x-csrf-token": csrfToken, "content-type": "application/json" };
  const me = (await (await fetch(`${base}/api/me`, { headers })).json()) as { myCycles: { cycleId: string }[] };
  const planUrl = `${base}/api/cycles/${me.myCycles[0]?.cycleId}/plan`;
  console.log(`GET plan view (catalogue included): ${await timed(50, () => fetch(planUrl, { headers }))}`);
  const view = (await (await fetch(planUrl, { headers })).json()) as {
    plan: { id: string; version: number; content: Record<string, unknown> };
  };
  let version = view.plan.version;
  const save = async () => {
    const res = await fetch(`${base}/api/plans/${view.plan.id}`, {
      method: "PUT",
      headers,
      body: JSON.stringify({ version, content: { ...view.plan.content, profileConfirmed: version % 2 === 0 } }),
    });
    version = ((await res.json()) as { plan: { version: number } }).plan.version;
  };
  console.log(`PUT plan (autosave): ${await timed(100, save)}`);
  console.log(`server RSS after requests: ${rssMb(second.child.pid as number).toFixed(0)} MB`);
  await stop(second.child);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

// Scale of the org refresh: 10,000 teachers (PostgreSQL too with BENCH_DATABASE_URL).
await runOrgBench(10_000);
