import { type ChildProcess, spawn } from "node:child_process";
import { loadavg } from "node:os";
import pg from "pg";

/**
 * `BENCH_DATABASE_URL=… npm run bench:scale`: on a district made by `demo-scale` (code SCALE, a
 * running period), the figures of issue 7 at that size: server start until /api/health answers,
 * the first hourly refresh the server runs after listen, and through the HTTP API as `scale.a1`:
 * adding a teacher and ending an assignment (each 5 times, median), and sign-in.
 */
const url = process.env.BENCH_DATABASE_URL;
if (!url) throw new Error("BENCH_DATABASE_URL: a database with `demo-scale` data");
// BENCH_APP_DIR: start another checkout's server (the "before" of a change) on the same data.
const root = process.env.BENCH_APP_DIR ?? new URL("../..", import.meta.url).pathname;
const port = 3900 + Math.floor(Math.random() * 90);
const base = `http://127.0.0.1:${port}`;
const load = () => loadavg()[0]?.toFixed(1);

async function start(): Promise<{ child: ChildProcess; seconds: number }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 1200; i++) {
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { child, seconds: (performance.now() - t0) / 1000 };
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill("SIGTERM");
  throw new Error("server did not start within 60 s");
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function timedMs(fn: () => Promise<Response>): Promise<number> {
  const t0 = performance.now();
  const res = await fn();
  const ms = performance.now() - t0;
  if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
  return ms;
}

const client = new pg.Client({ connectionString: url });
await client.connect();
const { rows: counts } = await client.query<{ cycles: number }>("select count(*)::int as cycles from cycles");
console.log(`cycles in the database: ${counts[0]?.cycles}; load average ${load()}`);
await client.query("delete from job_runs");

const { child, seconds } = await start();
console.log(`start until /api/health answers: ${seconds.toFixed(2)} s (load ${load()})`);
/** The slowest /api/health answer while the first refresh runs: how long the event loop stalls. */
async function stallsDuringRefresh(): Promise<{ worst: number; probes: number; jobSeconds: number | null }> {
  let worst = 0;
  let probes = 0;
  for (let i = 0; i < 2400; i++) {
    const t0 = performance.now();
    await fetch(`${base}/api/health`);
    worst = Math.max(worst, performance.now() - t0);
    probes++;
    const { rows } = await client.query<{ seconds: number | null }>(
      `select extract(epoch from finished_at - started_at)::float8 as seconds from job_runs where job = 'refresh-superiors'`,
    );
    const done = rows[0]?.seconds;
    if (done != null) return { worst, probes, jobSeconds: done };
    await new Promise((r) => setTimeout(r, 25));
  }
  return { worst, probes, jobSeconds: null };
}
try {
  const stalls = await stallsDuringRefresh();
  console.log(
    `first refresh-superiors job after start (whole district, in the background): ${stalls.jobSeconds?.toFixed(1)} s; ` +
      `slowest /api/health meanwhile ${stalls.worst.toFixed(0)} ms over ${stalls.probes} probes (load ${load()})`,
  );
  const login = async (username: string) => {
    const t0 = performance.now();
    const res = await fetch(`${base}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username, password: "kinerja-scale" }),
    });
    if (!res.ok) throw new Error(`sign-in ${username}: ${res.status}`);
    const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    return { cookie, csrf: csrfToken, ms: performance.now() - t0 };
  };
  const admin = await login("scale.a1");
  console.log(`sign-in (right after start): ${admin.ms.toFixed(0)} ms`);
  const headers = { cookie: admin.cookie, "x-csrf-token": admin.csrf, "content-type": "application/json" };
  const { rows: schools } = await client.query<{ id: string }>(
    "select s.id from schools s join districts d on d.id = s.district_id where d.code = 'SCALE' order by s.npsn offset 2000 limit 5",
  );
  const today = new Date().toISOString().slice(0, 10);
  const add: number[] = [];
  for (const [i, s] of schools.entries()) {
    const nip = `18${String(Date.now()).slice(-13)}${i}`.padEnd(18, "0").slice(0, 18);
    add.push(
      await timedMs(() =>
        fetch(`${base}/api/admin/schools/${s.id}/people`, {
          method: "POST",
          headers,
          body: JSON.stringify({ nip, name: `Guru Bench ${i}`, employmentStatus: "PNS", startsOn: today }),
        }),
      ),
    );
  }
  console.log(
    `add a teacher (POST …/schools/:id/people): median ${median(add).toFixed(0)} ms of ${add.map((m) => m.toFixed(0)).join(", ")} (load ${load()})`,
  );
  const { rows: hats } = await client.query<{ id: string }>(
    `select a.id from assignments a join districts d on d.id = a.district_id where d.code = 'SCALE'
     and a.kind = 'teacher' and a.ends_on is null order by a.id offset 7000 limit 5`,
  );
  const end: number[] = [];
  for (const h of hats) {
    end.push(
      await timedMs(() =>
        fetch(`${base}/api/admin/assignments/${h.id}`, {
          method: "PATCH",
          headers,
          body: JSON.stringify({ endsOn: today }),
        }),
      ),
    );
  }
  console.log(
    `end an assignment (PATCH …/assignments/:id): median ${median(end).toFixed(0)} ms of ${end.map((m) => m.toFixed(0)).join(", ")} (load ${load()})`,
  );
} finally {
  child.kill("SIGTERM");
  await client.end();
}
