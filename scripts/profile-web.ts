/**
 * What the main thread does during a first load (empty cache, no service worker), the way
 * Lighthouse's mobile run judges it: the load runs at full speed, then each task counts 4× (its
 * simulated slow phone). Every task that would take 50 ms or more — what Total Blocking Time counts
 * once past the first paint — with the trace events and the JS functions that took most of it.
 * Tasks are timed by the main thread's own CPU time, so other work on the machine weighs little.
 * Build without minifying to read the names:
 *
 *   npx vite build --minify false --outDir /tmp/kinerja-web
 *   npx tsx scripts/profile-web.ts --web-dir /tmp/kinerja-web [--page home|masuk] [--runs 3] [--quiet]
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { type CDPSession, chromium } from "playwright-core";
import { startServer } from "../src/server/start.js";
import { CHROMIUM, CHROMIUM_ARGS } from "../tests/e2e/chromium.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const { values: args } = parseArgs({
  options: {
    "web-dir": { type: "string" },
    page: { type: "string", default: "home" },
    runs: { type: "string", default: "1" },
    // Also list shorter tasks (ms at 4×), to see what would grow past 50 ms on a slower phone.
    min: { type: "string", default: "50" },
    quiet: { type: "boolean", default: false },
  },
});

type TraceEvent = {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  tdur?: number;
  id?: string;
  args?: Record<string, unknown> & { data?: Record<string, unknown> };
};
type CallFrame = { functionName: string; url: string; lineNumber: number };
type CpuNode = { id: number; parent?: number; callFrame: CallFrame };

async function trace(cdp: CDPSession, load: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once("Tracing.tracingComplete", () => resolve()));
  await cdp.send("Tracing.start", {
    categories: [
      "devtools.timeline",
      "disabled-by-default-devtools.timeline",
      "v8.execute",
      "disabled-by-default-v8.cpu_profiler",
      "blink.user_timing",
      "loading",
    ].join(","),
    transferMode: "ReportEvents",
  });
  await load();
  await cdp.send("Tracing.end");
  await done;
  return events;
}

/** The CPU profile's samples on one thread: [timestamp in trace µs, node id]. */
function samplesOf(events: TraceEvent[], pid: number) {
  const nodes = new Map<number, CpuNode>();
  const samples: [number, number][] = [];
  const profiles = new Map<string, number>();
  for (const e of events) {
    if (e.name === "Profile" && e.pid === pid && e.id) profiles.set(e.id, Number(e.args?.data?.startTime ?? e.ts));
  }
  const last = new Map<string, number>();
  for (const e of events) {
    if (e.name !== "ProfileChunk" || e.pid !== pid || !e.id) continue;
    const data = e.args?.data as {
      cpuProfile?: { nodes?: CpuNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    let t = last.get(e.id) ?? profiles.get(e.id) ?? e.ts;
    const ids = data.cpuProfile?.samples ?? [];
    ids.forEach((id, i) => {
      t += data.timeDeltas?.[i] ?? 0;
      samples.push([t, id]);
    });
    last.set(e.id, t);
  }
  return { nodes, samples };
}

const dataDir = await mkdtemp(join(tmpdir(), "kinerja-profile-data-"));
const profileDir = await mkdtemp(join(tmpdir(), "kinerja-profile-chromium-"));
const server = await startServer({
  port: 0,
  host: "127.0.0.1",
  dataDir,
  demo: true,
  logLevel: "warn",
  webDir: args["web-dir"] ?? join(ROOT, "dist/web"),
});
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: CHROMIUM,
  headless: true,
  locale: "id-ID",
  viewport: { width: 412, height: 823 },
  args: CHROMIUM_ARGS,
});
const SLOWDOWN = 4;
const home = args.page === "home";
const path = home ? "/kinerja-saya" : "/masuk";

async function signIn(): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${server.url}/masuk`);
  await page.locator("input[name=username]").fill("guru.demo");
  await page.locator("input[name=password]").fill("kinerja-demo");
  await page.getByRole("button", { name: "Masuk" }).click();
  await page.getByRole("heading", { name: "Kinerja Saya" }).waitFor({ timeout: 30_000 });
  await page.close();
}

/** One load; returns the blocking time after the first paint and the main thread's busy time, both at 4×. */
async function profileOnce(verbose: boolean): Promise<{ blocking: number; busy: number; fcp: number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.clearBrowserCache");
  await cdp.send("Storage.clearDataForOrigin", { origin: server.url, storageTypes: "service_workers,cache_storage" });
  const events = await trace(cdp, async () => {
    await page.goto(`${server.url}${path}`);
    const heading = home ? "Kinerja Saya" : "Masuk ke Kinerja";
    await page.getByRole("heading", { name: heading }).waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1500);
  });
  await page.close();

  // The page's renderer main thread: the one that parsed the page's HTML.
  const parse = events.find(
    (e) => e.name === "ParseHTML" && String((e.args?.beginData as { url?: string } | undefined)?.url).endsWith(path),
  );
  if (!parse) throw new Error("no ParseHTML in the trace");
  const { pid, tid } = parse;
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === "X" && e.dur !== undefined);
  const start = Math.min(...onMain.filter((e) => e.name === "ParseHTML").map((e) => e.ts));
  const paint = events.find((e) => e.name === "firstContentfulPaint" && e.pid === pid);
  const fcp = paint ? paint.ts : start;
  const { nodes, samples } = samplesOf(events, pid);
  const cpu = (e: TraceEvent) => ((e.tdur ?? e.dur ?? 0) / 1000) * SLOWDOWN;
  const all = onMain.filter((e) => e.name === "RunTask" && e.ts >= start - 50_000);
  const tasks = all.filter((e) => cpu(e) >= Number(args.min));
  const base = (url: string) => url.replace(server.url, "").replace(/^\/assets\//, "");
  let blocking = 0;
  if (verbose)
    console.log(`tasks of 50 ms or more at ${SLOWDOWN}× (thread time × ${SLOWDOWN}), from the HTML parse on:`);
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    if (task.ts >= fcp) blocking += Math.max(0, cpu(task) - 50);
    if (!verbose) continue;
    // The trace events inside (time per name) and the JS functions (inclusive, outside React).
    const inner = new Map<string, number>();
    for (const e of onMain) {
      if (e === task || e.ts < task.ts || e.ts >= end || e.name === "RunTask") continue;
      if (!e.name.startsWith("V8.") && !e.name.startsWith("v8.")) inner.set(e.name, (inner.get(e.name) ?? 0) + cpu(e));
    }
    const fns = new Map<string, number>();
    let prev: number | null = null;
    for (const [t, id] of samples) {
      if (t < task.ts || t >= end) continue;
      const dt = prev === null ? 0 : ((t - prev) / 1000) * SLOWDOWN;
      prev = t;
      const seen = new Set<string>();
      for (let n = nodes.get(id); n; n = n.parent !== undefined ? nodes.get(n.parent) : undefined) {
        const f = n.callFrame;
        if (!f.url || f.url.includes("/react-")) continue;
        seen.add(`${f.functionName || "(anonymous)"} ${base(f.url)}`);
      }
      for (const k of seen) fns.set(k, (fns.get(k) ?? 0) + dt);
    }
    const topOf = (m: Map<string, number>, n: number) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, v]) => `${k} ${v.toFixed(0)}`)
        .join(" · ");
    const after = task.ts >= fcp ? "" : " (before the first paint)";
    console.log(`\n@${((task.ts - start) / 1000).toFixed(0)} ms: ${cpu(task).toFixed(0)} ms${after}`);
    console.log(`  events: ${topOf(inner, 6)}`);
    console.log(`  js: ${topOf(fns, 10)}`);
  }
  const busy = all.reduce((sum, e) => sum + cpu(e), 0);
  if (verbose) {
    // Where the busy time went: the main trace events (outermost of each kind), and JS by file.
    const kinds = new Map<string, number>();
    const KINDS = [
      "UpdateLayoutTree",
      "Layout",
      "ParseHTML",
      "ParseAuthorStyleSheet",
      "Paint",
      "Commit",
      "MinorGC",
      "MajorGC",
      "v8.compile",
      "v8.compileModule",
    ];
    for (const e of onMain)
      if (KINDS.includes(e.name) && e.ts >= start) kinds.set(e.name, (kinds.get(e.name) ?? 0) + cpu(e));
    const files = new Map<string, number>();
    const functions = new Map<string, number>();
    let prev: number | null = null;
    for (const [t, id] of samples) {
      const dt = prev === null ? 0 : ((t - prev) / 1000) * SLOWDOWN;
      prev = t;
      const f = nodes.get(id)?.callFrame;
      const key = f?.url ? base(f.url).replace(/-[\w-]{8}\.js$/, "") : (f?.functionName ?? "?");
      files.set(key, (files.get(key) ?? 0) + dt);
      if (f?.url) {
        const fn = `${f.functionName || "(anonymous)"} ${key}:${f.lineNumber + 1}`;
        functions.set(fn, (functions.get(fn) ?? 0) + dt);
      }
    }
    const list = (m: Map<string, number>) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .filter(([k, v]) => v >= 5 && k !== "(idle)")
        .map(([k, v]) => `${k} ${v.toFixed(0)}`)
        .join(" · ");
    console.log(`\nbusy ${busy.toFixed(0)} ms: ${list(kinds)}`);
    console.log(`JS self time by file (samples): ${list(files)}`);
    console.log(`JS functions by self time: ${list(functions)}`);
  }
  return { blocking, busy, fcp: (fcp - start) / 1000 };
}

try {
  if (home) await signIn();
  const results: Awaited<ReturnType<typeof profileOnce>>[] = [];
  for (let i = 0; i < Number(args.runs); i++) {
    const r = await profileOnce(!args.quiet && i === Number(args.runs) - 1);
    results.push(r);
    console.log(
      `run ${i + 1}: blocking after the first paint ${r.blocking.toFixed(0)} ms, main thread busy ${r.busy.toFixed(0)} ms (both at ${SLOWDOWN}×), first paint at ${r.fcp.toFixed(0)} ms`,
    );
  }
  const mid = (k: "blocking" | "busy") =>
    results.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(results.length / 2)] ?? 0;
  console.log(`median: blocking ${mid("blocking").toFixed(0)} ms, busy ${mid("busy").toFixed(0)} ms`);
} finally {
  await context.close();
  await server.close();
  await rm(profileDir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
}
