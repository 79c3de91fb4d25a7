/**
 * What a phone downloads on first load: the sign-in page and the home page (signed in), with an
 * empty cache, in Debian's Chromium. Prints transferred bytes (headers + body as sent) per kind,
 * and the first contentful paint on a throttled connection (1.6 Mbps down, 750 kbps up, 150 ms
 * RTT, CPU 4× slower) — roughly Lighthouse's "slow 4G" mobile profile.
 *
 *   npx vite build && npx tsx scripts/measure-web.ts
 */
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { type BrowserContext, type CDPSession, chromium, type Page } from "playwright-core";
import { startServer } from "../src/server/start.js";
import { CHROMIUM, CHROMIUM_ARGS } from "../tests/e2e/chromium.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

type Tally = Record<string, { files: number; bytes: number }>;
const WEB_DIR = join(ROOT, "dist/web");

/** The same files' gzip size (level 9, as built), for comparing with tools that report gzip. */
function gzipSize(url: string): number {
  const path = join(WEB_DIR, new URL(url).pathname);
  return existsSync(path) && path.includes("/assets/") ? gzipSync(readFileSync(path), { level: 9 }).length : 0;
}

/** Counts every finished response by resource type, keyed on what went over the wire. */
async function watchNetwork(cdp: CDPSession): Promise<Tally> {
  const types = new Map<string, string>();
  const urls = new Map<string, string>();
  const tally: Tally = {};
  await cdp.send("Network.enable");
  cdp.on("Network.responseReceived", (e) => {
    types.set(e.requestId, e.type);
    urls.set(e.requestId, e.response.url);
  });
  cdp.on("Network.loadingFinished", (e) => {
    const type = types.get(e.requestId) ?? "Other";
    const gz = gzipSize(urls.get(e.requestId) ?? "");
    if (gz > 0) {
      const g = tally[`${type} as gzip`] ?? { files: 0, bytes: 0 };
      g.files += 1;
      g.bytes += gz;
      tally[`${type} as gzip`] = g;
    }
    const entry = tally[type] ?? { files: 0, bytes: 0 };
    entry.files += 1;
    entry.bytes += e.encodedDataLength;
    tally[type] = entry;
    if (process.env.VERBOSE) console.log(`  ${kb(e.encodedDataLength).padStart(10)} ${urls.get(e.requestId)}`);
  });
  return tally;
}

async function throttle(cdp: CDPSession): Promise<void> {
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
}

async function fcp(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entry = list.getEntries().find((e) => e.name === "first-contentful-paint");
          if (entry) resolve(Math.round(entry.startTime));
        }).observe({ type: "paint", buffered: true });
      }),
  );
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

async function measure(
  context: BrowserContext,
  url: string,
  ready: (page: Page) => Promise<void>,
  throttled: boolean,
): Promise<{ tally: Tally; fcp: number; readyMs: number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.clearBrowserCache");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  if (throttled) await throttle(cdp);
  const tally = await watchNetwork(cdp);
  const start = Date.now();
  await page.goto(url);
  await ready(page);
  const readyMs = Date.now() - start;
  const paint = await fcp(page);
  await page.close();
  return { tally, fcp: paint, readyMs };
}

function report(name: string, r: { tally: Tally; fcp: number; readyMs: number }, throttled: boolean): void {
  const rows = Object.entries(r.tally)
    .map(([type, t]) => `${type} ${t.files} file(s) ${kb(t.bytes)}`)
    .join(" · ");
  const total = Object.entries(r.tally)
    .filter(([type]) => !type.endsWith("as gzip"))
    .reduce((s, [, t]) => s + t.bytes, 0);
  const label = throttled ? "throttled" : "unthrottled";
  console.log(`${name} (${label}): ${rows} · total ${kb(total)} · FCP ${r.fcp} ms · ready ${r.readyMs} ms`);
}

const dataDir = await mkdtemp(join(tmpdir(), "kinerja-measure-data-"));
const profileDir = await mkdtemp(join(tmpdir(), "kinerja-measure-chromium-"));
const server = await startServer({
  port: 0,
  host: "127.0.0.1",
  dataDir,
  demo: true,
  logLevel: "warn",
  webDir: WEB_DIR,
});
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: CHROMIUM,
  headless: true,
  locale: "id-ID",
  args: CHROMIUM_ARGS,
});
try {
  const signInReady = (page: Page) => page.getByRole("heading", { name: "Masuk ke Kinerja" }).waitFor();
  const homeReady = (page: Page) => page.getByRole("heading", { name: "Kinerja Saya" }).waitFor();
  for (const throttled of [false, true]) {
    await context.clearCookies();
    report("sign-in page", await measure(context, `${server.url}/masuk`, signInReady, throttled), throttled);
    // Sign in once (unthrottled), then load the home page again with an empty cache.
    const page = await context.newPage();
    await page.goto(`${server.url}/masuk`);
    await page.getByLabel("Nama pengguna").fill("guru.demo");
    await page.locator("input[name=password]").fill("kinerja-demo");
    await page.getByRole("button", { name: "Masuk" }).click();
    await homeReady(page);
    await page.close();
    report("home page", await measure(context, `${server.url}/`, homeReady, throttled), throttled);
  }
} finally {
  await context.close();
  await server.close();
  await rm(profileDir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
}
