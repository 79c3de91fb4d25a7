import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type APIRequestContext, type BrowserContext, chromium, type Page, request } from "playwright-core";
import { expect, inject } from "vitest";
import { startServer } from "../../src/server/start.js";
import { CHROMIUM, CHROMIUM_ARGS } from "./chromium.js";
import { ROOT, WEB_DIR } from "./paths.js";

export { WEB_DIR };
export const SCREENSHOTS = join(ROOT, "test-results");
export const DEMO_PASSWORD = "kinerja-demo";

export type Harness = {
  url: string;
  context: BrowserContext;
  /** The server's database, for a test that sets up what the demo seed does not (another rule set). */
  db: Awaited<ReturnType<typeof startServer>>["database"]["db"];
  close: () => Promise<void>;
};

const wibDate = (d: Date) => d.toLocaleDateString("en-CA", { timeZone: "Asia/Jakarta" });

/**
 * The demo district the global setup seeded, unless the demo's "today" (WIB) has changed since:
 * its dates are relative to the day it was seeded on. Then the server seeds its own.
 */
async function demoSnapshot(): Promise<Blob | undefined> {
  const snapshot = inject("demoSnapshot");
  if (!snapshot || wibDate(new Date(snapshot.seededAt)) !== wibDate(new Date())) return undefined;
  return new Blob([await readFile(snapshot.file)]);
}

/**
 * Real server (temp PGlite + demo seed, free port) and a headless Debian Chromium. Never downloads a browser.
 * `port` and `env`: a server that must know its own address beforehand (PUBLIC_URL for sign-in with belajar.id).
 */
export async function startHarness(opts: { port?: number; env?: NodeJS.ProcessEnv } = {}): Promise<Harness> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  if (!existsSync(join(WEB_DIR, "index.html"))) throw new Error(`no web build in ${WEB_DIR}: npx vite build`);
  await mkdir(SCREENSHOTS, { recursive: true });
  const dataDir = await mkdtemp(join(tmpdir(), "kinerja-e2e-data-"));
  const profileDir = await mkdtemp(join(tmpdir(), "kinerja-e2e-chromium-"));
  const loadDataDir = await demoSnapshot();
  const server = await startServer({
    ...(loadDataDir ? { loadDataDir } : {}),
    port: opts.port ?? 0,
    ...(opts.env ? { env: opts.env } : {}),
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
    timezoneId: "Asia/Jakarta",
    args: CHROMIUM_ARGS,
  });
  // Generous for a slow machine: a passing test never waits for a timeout.
  context.setDefaultTimeout(30_000);
  return {
    url: server.url,
    context,
    db: server.database.db,
    close: async () => {
      await context.close();
      await server.close();
      await rm(profileDir, { recursive: true, force: true });
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A fresh page with its own cookies and storage (no session, Indonesian). */
export async function freshPage(h: Harness, viewport: { width: number; height: number }): Promise<Page> {
  await h.context.clearCookies();
  const page = await h.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(h.url);
  await page.evaluate(() => localStorage.clear());
  return page;
}

export async function signIn(page: Page, url: string, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${url}/masuk`);
  await page.getByLabel("Nama pengguna").fill(username);
  await page.locator("input[name=password]").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Menu akun" }).click();
  await page.getByRole("menuitem", { name: "Keluar" }).click();
  await page.getByRole("heading", { name: "Masuk ke Kinerja" }).waitFor();
}

/**
 * A full-page screenshot in test-results/, for a person to look at. CI sets E2E_SCREENSHOTS=off:
 * nobody looks at them there, and ~125 full pages cost about a minute of the run.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.E2E_SCREENSHOTS === "off") return;
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };

/** No horizontal scroll: the page fits a 360 px phone. */
export const fitsPhone = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

/** Another person acting through the API meanwhile (on their own phone), signed in with the CSRF token. */
export type Api = {
  call: (method: string, url: string, data?: unknown) => Promise<Record<string, unknown>>;
  ctx: APIRequestContext;
};

export async function apiAs(h: Harness, username: string): Promise<Api> {
  const ctx = await request.newContext({ baseURL: h.url });
  const login = await ctx.post("/api/auth/login", { data: { username, password: DEMO_PASSWORD } });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const call = async (method: string, url: string, data?: unknown) => {
    const res = await ctx.fetch(url, {
      method,
      ...(data !== undefined ? { data } : {}),
      headers: { "x-csrf-token": csrfToken },
    });
    if (!res.ok()) throw new Error(`${method} ${url}: ${res.status()} ${await res.text()}`);
    return (await res.json()) as Record<string, unknown>;
  };
  return { call, ctx };
}

/**
 * The plan of `owner`'s cycle saved with `content`, submitted, approved by `approver` and agreed:
 * "earlier in the year", so a test starts in pelaksanaan (planning has its own browser tests).
 */
export async function agreePlan(owner: Api, approver: Api, cycleId: string, content: unknown): Promise<void> {
  const plan = (await owner.call("GET", `/api/cycles/${cycleId}/plan`)).plan as { id: string; version: number };
  const saved = (await owner.call("PUT", `/api/plans/${plan.id}`, { version: plan.version, content })).plan as {
    version: number;
  };
  await owner.call("POST", `/api/plans/${plan.id}/submit`, { version: saved.version });
  await approver.call("POST", `/api/plans/${plan.id}/approve`);
  await owner.call("POST", `/api/plans/${plan.id}/agree`);
}
