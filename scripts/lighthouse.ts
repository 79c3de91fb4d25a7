/**
 * Lighthouse (mobile defaults: simulated slow 4G, 4× CPU) on the sign-in page and on the signed-in
 * home page, each with an empty HTTP cache and no service worker, run several times; prints each
 * run and the median (score, FCP, LCP, TBT, SI), and for the median run the long tasks, the
 * main-thread breakdown and the render-blocking files. The reports are kept as JSON.
 *
 *   npx vite build && npx tsx scripts/lighthouse.ts [--runs 3] [--pages masuk,home] [--url http://localhost:3107]
 *     [--web-dir /abs/path/to/another/dist/web] [--out dir] [--traces]
 *
 * Without --url a server is started in this process on a temporary PGlite with the demo. Lighthouse
 * itself is installed outside the project (`npm i -E lighthouse@12.2.3` in /work/lh, or set
 * LIGHTHOUSE to its binary). Other work on the machine lengthens the CPU tasks Lighthouse scales by
 * 4: note the load average printed at the start.
 */
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { startServer } from "../src/server/start.js";
import { CHROMIUM, CHROMIUM_ARGS } from "../tests/e2e/chromium.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const LIGHTHOUSE = process.env.LIGHTHOUSE ?? "/work/lh/node_modules/.bin/lighthouse";
const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    pages: { type: "string", default: "masuk,home" },
    url: { type: "string" },
    // Another build to measure (e.g. one of an earlier commit), served the same way.
    "web-dir": { type: "string" },
    out: { type: "string" },
    // Keep each run's trace next to its report (for chrome://tracing or a script).
    traces: { type: "boolean", default: false },
  },
});

type Audit = { numericValue?: number; details?: { items?: Record<string, unknown>[] } };
type Report = { categories: { performance: { score: number } }; audits: Record<string, Audit> };
type Run = { score: number; fcp: number; lcp: number; tbt: number; si: number; report: Report };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer().listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

function run(cmd: string, argv: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { stdio: ["ignore", "ignore", "inherit"] });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited with ${code}`))));
  });
}

const outDir = args.out ?? (await mkdtemp(join(tmpdir(), "kinerja-lighthouse-")));
await mkdir(outDir, { recursive: true });
const dataDir = args.url ? null : await mkdtemp(join(tmpdir(), "kinerja-lighthouse-data-"));
const server = dataDir
  ? await startServer({
      port: 0,
      host: "127.0.0.1",
      dataDir,
      demo: true,
      logLevel: "warn",
      webDir: args["web-dir"] ?? join(ROOT, "dist/web"),
    })
  : null;
const base = args.url ?? server?.url ?? "";
const cdpPort = await freePort();
const profileDir = await mkdtemp(join(tmpdir(), "kinerja-lighthouse-chromium-"));
const browserProcess = spawn(
  CHROMIUM,
  [
    ...CHROMIUM_ARGS,
    "--lang=id-ID",
    `--remote-debugging-port=${cdpPort}`,
    `--user-data-dir=${profileDir}`,
    "about:blank",
  ],
  { stdio: "ignore" },
);

async function connect() {
  for (let i = 0; ; i++) {
    try {
      return await chromium.connectOverCDP(`http://127.0.0.1:${cdpPort}`);
    } catch (err) {
      if (i > 50) throw err;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

const browser = await connect();
const [context] = browser.contexts();
if (!context) throw new Error("no browser context");
const ctx = context;

/** Cold cache, no service worker; cookies and localStorage stay (the signed-in hint) unless `all`. */
async function resetCache(all: boolean): Promise<void> {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send("Network.clearBrowserCache");
  const storageTypes = all ? "all" : "service_workers,cache_storage";
  await cdp.send("Storage.clearDataForOrigin", { origin: new URL(base).origin, storageTypes });
  if (all) await cdp.send("Network.clearBrowserCookies");
  await page.close();
}

async function signIn(): Promise<void> {
  const page = await ctx.newPage();
  await page.goto(`${base}/masuk`);
  await page.locator("input[name=username]").fill("guru.demo");
  await page.locator("input[name=password]").fill("kinerja-demo");
  await page.getByRole("button", { name: "Masuk" }).click();
  await page.getByRole("heading", { name: "Kinerja Saya" }).waitFor({ timeout: 30_000 });
  await page.close();
}

async function lighthouse(url: string, name: string): Promise<Run> {
  const path = join(outDir, `${name}.json`);
  await run(LIGHTHOUSE, [
    url,
    `--port=${cdpPort}`,
    "--disable-storage-reset",
    "--only-categories=performance",
    "--output=json",
    `--output-path=${path}`,
    "--quiet",
    ...(args.traces ? ["--save-assets"] : []),
  ]);
  const report = JSON.parse(await readFile(path, "utf8")) as Report;
  const n = (id: string) => Math.round(report.audits[id]?.numericValue ?? Number.NaN);
  return {
    score: Math.round(report.categories.performance.score * 100),
    fcp: n("first-contentful-paint"),
    lcp: n("largest-contentful-paint"),
    tbt: n("total-blocking-time"),
    si: n("speed-index"),
    report,
  };
}

const line = (r: Run) => `score ${r.score}  FCP ${r.fcp} ms  LCP ${r.lcp} ms  TBT ${r.tbt} ms  SI ${r.si} ms`;
const items = (r: Run, id: string) => r.report.audits[id]?.details?.items ?? [];

/** What the median run spent its time on (Lighthouse's own audits, observed, not simulated). */
function details(r: Run): void {
  const ms = (v: unknown) => `${Math.round(Number(v))} ms`;
  const short = (u: unknown) => String(u).replace(base, "");
  console.log(
    "  main thread:",
    items(r, "mainthread-work-breakdown")
      .map((i) => `${i.groupLabel} ${ms(i.duration)}`)
      .join(", "),
  );
  console.log(
    "  long tasks:",
    items(r, "long-tasks")
      .map((i) => `${short(i.url)} @${ms(i.startTime)} ${ms(i.duration)}`)
      .join(", "),
  );
  console.log(
    "  script time:",
    items(r, "bootup-time")
      .map((i) => `${short(i.url)} ${ms(i.scripting)}`)
      .join(", "),
  );
  console.log(
    "  render-blocking:",
    items(r, "render-blocking-resources")
      .map((i) => `${short(i.url)} ${ms(i.wastedMs)}`)
      .join(", ") || "none",
  );
  const lcp = items(r, "largest-contentful-paint-element")[0]?.items;
  if (Array.isArray(lcp)) console.log("  LCP element:", JSON.stringify(lcp[0]?.node?.snippet ?? lcp[0]));
}

const PAGES: Record<string, { path: string; signedIn: boolean }> = {
  masuk: { path: "/masuk", signedIn: false },
  home: { path: "/kinerja-saya", signedIn: true },
};
const [one, five, fifteen] = loadavg().map((l) => l.toFixed(2));
console.log(`${base} · load average ${one} ${five} ${fifteen} · reports in ${outDir}`);
try {
  for (const name of (args.pages ?? "").split(",")) {
    const page = PAGES[name];
    if (!page) throw new Error(`unknown page ${name}: ${Object.keys(PAGES).join(", ")}`);
    const runs: Run[] = [];
    for (let i = 1; i <= Number(args.runs); i++) {
      await resetCache(true);
      if (page.signedIn) {
        await signIn();
        await resetCache(false);
      }
      const r = await lighthouse(`${base}${page.path}`, `${name}-${i}`);
      console.log(`${name} #${i}: ${line(r)} · load ${loadavg()[0]?.toFixed(2)}`);
      runs.push(r);
    }
    const median = [...runs].sort((a, b) => a.score - b.score)[Math.floor(runs.length / 2)];
    if (!median) continue;
    const mid = (k: "fcp" | "lcp" | "tbt" | "si") =>
      runs.map((x) => x[k]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
    console.log(
      `${name} median: score ${median.score}  FCP ${mid("fcp")} ms  LCP ${mid("lcp")} ms  TBT ${mid("tbt")} ms  SI ${mid("si")} ms`,
    );
    details(median);
  }
} finally {
  await browser.close().catch(() => undefined);
  const exited = new Promise((resolve) => browserProcess.once("exit", resolve));
  browserProcess.kill();
  await exited;
  await server?.close();
  await rm(profileDir, { recursive: true, force: true });
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}
