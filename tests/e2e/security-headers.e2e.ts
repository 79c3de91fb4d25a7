import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DESKTOP, freshPage, type Harness, signIn, startHarness } from "./helpers.js";

// The Content-Security-Policy must not break the web app or the API reference: Chromium reports
// every blocked script, style, image or connection on the console.

/** CSP reports on the console, and script errors (a blocked script often shows up as one). */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  return problems;
}

describe("the web app and /api/docs under the Content-Security-Policy", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it("signing in and planning report no CSP violation", async () => {
    const page = await freshPage(h, DESKTOP);
    const problems = watch(page);
    await signIn(page, h.url, "guru.demo");
    await page.getByRole("heading", { name: "Kinerja Saya" }).waitFor();
    await page.getByRole("link", { name: "Mulai perencanaan" }).click();
    await page.getByRole("heading", { name: "Perencanaan Kinerja" }).waitFor();
    await page.goto(`${h.url}/perencanaan/rubrik`);
    await page.getByRole("heading").first().waitFor();
    // Mantine's styles applied (inline <style> and style attributes allowed): the header is laid out.
    const styled = await page.evaluate(() => document.querySelectorAll("style[data-mantine-styles]").length);
    expect(styled).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("the API reference renders with no CSP violation", async () => {
    const page = await freshPage(h, DESKTOP);
    const problems = watch(page);
    await page.goto(`${h.url}/api/docs`);
    await page.locator(".swagger-ui .info .title").filter({ hasText: "Kinerja API" }).waitFor();
    await page.locator(".opblock-summary-path").filter({ hasText: "/api/auth/login" }).first().waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it("another site cannot frame the app (clickjacking)", async () => {
    const page = await freshPage(h, DESKTOP);
    const problems = watch(page);
    await page.setContent(`<iframe id="f" src="${h.url}/masuk" width="600" height="400"></iframe>`);
    await expect
      .poll(() => problems.some((p) => /frame-ancestors|Refused to (display|frame)/i.test(p)), { timeout: 10_000 })
      .toBe(true);
    const frame = page.frames().find((f) => f.url().includes("/masuk"));
    const framedHeading = frame ? await frame.locator("h1, h2").count() : 0;
    expect(framedHeading).toBe(0);
    await page.close();
  });
});
