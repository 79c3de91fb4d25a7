import type { Page, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshPage, type Harness, PHONE, signIn, signOut, startHarness } from "./helpers.js";

// What a phone downloads first: only the sign-in page's code, compressed and cached for good;
// the other pages and the English texts come when needed, and the lazy pages do load.

/** Every script and stylesheet the page fetched (URL path → response), from now on. */
function scripts(page: Page): Map<string, Response> {
  const seen = new Map<string, Response>();
  page.on("response", (r) => {
    if (["script", "stylesheet"].includes(r.request().resourceType())) seen.set(new URL(r.url()).pathname, r);
  });
  return seen;
}

const names = (seen: Map<string, Response>) => [...seen.keys()].join(" ");

describe("first load and lazy pages", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it("the sign-in page downloads brotli scripts cached for a year, without other pages or English", async () => {
    const page = await freshPage(h, PHONE);
    const seen = scripts(page);
    await page.reload();
    await page.goto(`${h.url}/masuk`);
    await page.getByRole("heading", { name: "Masuk ke Kinerja" }).waitFor();
    expect(seen.size).toBeGreaterThan(0);
    expect(names(seen)).not.toMatch(
      /AdminRoutes|PlanningRoutes|ReviewRoutes|ShellPages|DashboardPage|ResultsPage|charts|\/en-|all-styles/,
    );
    for (const [path, response] of seen) {
      const headers = await response.allHeaders();
      // Files under 512 bytes are not worth compressing (vite.config.ts threshold).
      if ((await response.body()).length >= 512) expect(headers["content-encoding"], path).toBe("br");
      expect(headers["cache-control"], path).toBe("public, max-age=31536000, immutable");
    }
    const html = await page.request.get(`${h.url}/masuk`);
    expect(html.headers()["cache-control"]).toBe("no-cache");
    // Someone signed in on this device gets the frame's file with the first download: a small script
    // (run before the app) preloads it when localStorage says so; this visitor did not fetch it.
    const preload = /<script async[^>]* src="(\/assets\/signed-in-[\w-]+\.js)"/.exec(await html.text())?.[1];
    expect(preload).toBeDefined();
    const body = await (await page.request.get(`${h.url}${preload}`)).text();
    expect(body).toMatch(/kinerja_signed_in[\s\S]*\/assets\/ShellPages-[\w-]+\.js/);
    await page.close();
  });

  it("English is fetched when chosen and shown from the first paint after a reload", async () => {
    const page = await freshPage(h, PHONE);
    const seen = scripts(page);
    await page.goto(`${h.url}/masuk`);
    await page.getByRole("heading", { name: "Masuk ke Kinerja" }).waitFor();
    await page.getByText("EN", { exact: true }).click();
    await page.getByRole("heading", { name: "Sign in to Kinerja" }).waitFor();
    expect(names(seen)).toMatch(/\/en-/);
    // After a reload: no Indonesian heading, no raw key, ever rendered before the English one.
    await page.addInitScript(() => {
      const texts: string[] = [];
      (window as unknown as { __texts: string[] }).__texts = texts;
      new MutationObserver(() => texts.push(document.body?.textContent ?? "")).observe(document, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    await page.reload();
    await page.getByRole("heading", { name: "Sign in to Kinerja" }).waitFor();
    const texts = await page.evaluate(() => (window as unknown as { __texts: string[] }).__texts);
    expect(texts.some((t) => t.includes("Masuk ke Kinerja"))).toBe(false);
    expect(texts.some((t) => /\bauth\.\w+/.test(t))).toBe(false);
    await page.close();
  });

  it("after sign-in the home page, then the review, planning and admin pages load on demand", async () => {
    const page = await freshPage(h, PHONE);
    const seen = scripts(page);
    await signIn(page, h.url, "kepsek.demo");
    await page.getByRole("heading", { name: "Kinerja Saya" }).waitFor();
    expect(names(seen)).toMatch(/ShellPages/);
    expect(names(seen)).not.toMatch(
      /AdminRoutes|PlanningRoutes|ReviewRoutes|UserMenu|NotificationBell|charts|all-styles/,
    );
    // A reload asks who is signed in once: the app's fetch takes the answer index.html preloaded.
    const asked: string[] = [];
    page.on("request", (r) => {
      if (new URL(r.url()).pathname === "/api/me") asked.push(r.resourceType());
    });
    await page.reload();
    await page.getByRole("heading", { name: "Kinerja Saya" }).waitFor();
    expect(asked).toHaveLength(1);
    await page.getByRole("button", { name: "Buka menu" }).click();
    await page.getByRole("link", { name: "Perlu disetujui" }).click();
    await page.getByRole("heading", { name: "Perlu disetujui" }).waitFor();
    // All of Mantine's styles come with the first page beyond the first screens (app/area.ts).
    expect(names(seen)).toMatch(/ReviewRoutes/);
    expect(names(seen)).toMatch(/all-styles-.*\.css/);
    await page.goto(`${h.url}/perencanaan/rubrik`);
    await page.getByRole("heading").first().waitFor();
    expect(names(seen)).toMatch(/PlanningRoutes/);
    // The account menu's code comes with the first tap, and the menu opens.
    await signOut(page);
    expect(names(seen)).toMatch(/UserMenu/);

    await signIn(page, h.url, "dinas.demo");
    await page.getByRole("heading", { name: "Sekolah" }).waitFor();
    expect(names(seen)).toMatch(/AdminRoutes/);
    // The charts come only with the one page that draws them.
    expect(names(seen)).not.toMatch(/charts-/);
    await page.goto(`${h.url}/hasil-penilaian`);
    await page.getByRole("heading", { name: "Hasil penilaian" }).waitFor();
    expect(names(seen)).toMatch(/ResultsPage/);
    await page.close();
  });
});
