import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, describeViolations } from "./axe.js";
import { DESKTOP, freshPage, type Harness, PHONE, screenshot, signIn, startHarness } from "./helpers.js";

// axe-core on every page each demo role reaches from its menu, plus the first detail page each list
// links to (a plan, a practice, a review, a school, a period), at 360 px and 1280 px. One sign-in per
// role (a kind of detail page and the pages that are the same for everyone: once in the run); pages are reached by the app's own routing, not reloads, to stay fast. The dark
// scheme is checked on a representative subset at 360 px (the phone's own setting, then the menu's switch).
const ROLES = ["guru.demo", "kepsek.demo", "pengawas.demo", "tim.demo", "kadis.demo", "dinas.demo", "operator.demo"];
/** Detail pages reached from a list: the first link of each kind is visited too, once in the run. */
const DETAIL = [
  /^\/perencanaan\/[0-9a-f-]{36}$/,
  /^\/praktik\/[0-9a-f-]{36}$/,
  /^\/pegawai\/perencanaan\/[0-9a-f-]{36}$/,
  /^\/admin\/sekolah\/[0-9a-f-]{36}$/,
  /^\/admin\/periode\/[0-9a-f-]{36}$/,
  /^\/survei\/[0-9a-f-]{36}$/,
];
/** The same for everyone: checked once, with the first role. */
const SHARED = ["/perencanaan/rubrik", "/perencanaan/notifikasi", "/ganti-kata-sandi"];

/** Requests in flight on a page: a page is settled when none are and no loader shows. */
function trackRequests(page: Page): () => number {
  let inFlight = 0;
  page.on("request", () => inFlight++);
  page.on("requestfinished", () => inFlight--);
  page.on("requestfailed", () => inFlight--);
  return () => inFlight;
}

async function settled(page: Page, inFlight: () => number): Promise<void> {
  await page.locator("h1:not([data-a11y-seen])").first().waitFor();
  for (let quiet = 0; quiet < 2; ) {
    await page.waitForTimeout(60);
    const busy = inFlight() > 0 || (await page.locator(".mantine-Loader-root").count()) > 0;
    quiet = busy ? 0 : quiet + 1;
  }
}

/** Client-side navigation (the router's popstate): no reload, no new /api/me. */
async function visit(page: Page, path: string, inFlight: () => number): Promise<void> {
  await page.evaluate((to) => {
    if (location.pathname === to) return; // already there (a role's home page)
    for (const h of document.querySelectorAll("h1")) h.setAttribute("data-a11y-seen", "");
    history.pushState(null, "", to);
    window.dispatchEvent(new PopStateEvent("popstate"));
  }, path);
  await settled(page, inFlight);
}

const hrefs = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

describe("accessibility (axe-core): every page of every demo role, 360 px and 1280 px", () => {
  let h: Harness;
  const found: string[] = [];
  const shared = new Set<string>();
  const details = new Set<RegExp>();
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  /** The page at both widths; what axe finds is collected, so one run lists every problem. */
  async function check(page: Page, where: string): Promise<void> {
    for (const [name, size] of [
      ["1280", DESKTOP],
      ["360", PHONE],
    ] as const) {
      await page.setViewportSize(size);
      const v = await axeViolations(page);
      if (v.length) found.push(describeViolations(`${where} @${name}`, v));
    }
  }

  it("the sign-in page", async () => {
    const page = await freshPage(h, DESKTOP);
    await page.goto(`${h.url}/masuk`);
    await page.getByRole("button", { name: "Masuk" }).waitFor();
    await check(page, "/masuk");
    await page.close();
  });

  for (const user of ROLES) {
    it(`${user}: every page of the menu and the first of each detail`, async () => {
      const page = await freshPage(h, DESKTOP);
      const inFlight = trackRequests(page);
      await signIn(page, h.url, user);
      await settled(page, inFlight);
      const queue = [...(await hrefs(page, "nav a")), ...SHARED];
      const visited = new Set<string>();
      while (queue.length > 0) {
        const path = queue.shift() as string;
        if (visited.has(path) || (SHARED.includes(path) && shared.has(path))) continue;
        visited.add(path);
        shared.add(path);
        await page.setViewportSize(DESKTOP);
        await visit(page, path, inFlight).catch((err: Error) => {
          throw new Error(`${user} ${path}: no level-one heading or never settled (${err.message})`);
        });
        for (const href of await hrefs(page, "main a[href^='/']")) {
          const kind = DETAIL.find((r) => r.test(href));
          if (kind && !details.has(kind)) {
            details.add(kind);
            queue.push(href);
          }
        }
        await check(page, `${user} ${path}`);
      }
      expect(visited.size).toBeGreaterThan(1);
      await page.close();
    });
  }

  it("the header's account menu and notification list, open", async () => {
    const page = await freshPage(h, PHONE);
    const inFlight = trackRequests(page);
    await signIn(page, h.url, "kepsek.demo");
    await settled(page, inFlight);
    await page.getByRole("button", { name: "Menu akun" }).click();
    await page.getByRole("menuitem", { name: "Keluar" }).waitFor();
    await check(page, "account menu");
    await screenshot(page, "a11y-account-menu-360");
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: /Notifikasi/ }).click();
    await page.locator(".mantine-Popover-dropdown").waitFor();
    await settled(page, inFlight);
    await check(page, "notification list");
    await screenshot(page, "a11y-notifications-360");
    await page.close();
  });

  /** Opened from the keyboard; Tab stays inside, axe finds nothing, Esc closes it, focus is back on its button. */
  async function dialogByKeyboard(page: Page, open: Locator, name: string | RegExp): Promise<void> {
    await open.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name });
    await dialog.waitFor();
    const v = await axeViolations(page);
    if (v.length) found.push(describeViolations(`dialog ${String(name)} @360`, v));
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press("Tab");
      expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    await expect.poll(() => open.evaluate((b) => b === document.activeElement)).toBe(true);
  }

  it("dialogs by keyboard: focus stays inside, Esc closes them and focus returns to their button", async () => {
    const page = await freshPage(h, PHONE);
    const inFlight = trackRequests(page);
    await signIn(page, h.url, "dinas.demo");
    await settled(page, inFlight);
    await visit(page, "/admin/sekolah", inFlight);
    // A form (FormModal, like most), then a confirmation drawn with Mantine's Modal directly.
    await dialogByKeyboard(page, page.getByRole("button", { name: "Tambah sekolah" }), "Sekolah baru");
    await visit(page, "/admin/pegawai", inFlight);
    const reset = page.getByRole("button", { name: /^Atur ulang kata sandi / }).first();
    await dialogByKeyboard(page, reset, /^Atur ulang kata sandi /);
    await page.close();
  });

  /** Dark scheme, 360 px: axe on the page as it is, and a screenshot to look at. */
  async function checkDark(page: Page, where: string, shot: string): Promise<void> {
    expect(await page.evaluate(() => document.documentElement.dataset.mantineColorScheme)).toBe("dark");
    const v = await axeViolations(page);
    if (v.length) found.push(describeViolations(`dark ${where} @360`, v));
    await screenshot(page, `a11y-dark-${shot}-360`);
  }

  /** The first link on the page whose path matches. */
  async function firstLink(page: Page, pattern: RegExp, where: string): Promise<string> {
    const href = (await hrefs(page, "main a[href^='/']")).find((p) => pattern.test(p));
    if (!href) throw new Error(`${where}: no link matching ${pattern}`);
    return href;
  }

  it("dark scheme, following the phone: sign-in, the guru's home and plan, the KS's review and practice", async () => {
    const page = await freshPage(h, PHONE);
    await page.emulateMedia({ colorScheme: "dark" });
    const inFlight = trackRequests(page);
    await page.goto(`${h.url}/masuk`);
    await page.getByRole("button", { name: "Masuk" }).waitFor();
    await checkDark(page, "/masuk", "sign-in");
    await signIn(page, h.url, "guru.demo");
    await page.waitForURL((u) => u.pathname !== "/masuk"); // not the sign-in page's heading
    await settled(page, inFlight);
    await checkDark(page, "guru home", "guru-home");
    await visit(page, await firstLink(page, DETAIL[0] as RegExp, "guru home"), inFlight);
    await checkDark(page, "guru plan", "guru-plan");
    await page.close();

    const ks = await freshPage(h, PHONE);
    await ks.emulateMedia({ colorScheme: "dark" });
    const ksFlight = trackRequests(ks);
    await signIn(ks, h.url, "kepsek.demo");
    await settled(ks, ksFlight);
    await visit(ks, "/pegawai/perencanaan", ksFlight);
    await checkDark(ks, "KS review queue", "ks-queue");
    const review = await firstLink(ks, DETAIL[2] as RegExp, "KS review queue");
    await visit(ks, review, ksFlight);
    await checkDark(ks, "KS review", "ks-review");
    await visit(ks, review.replace("/pegawai/perencanaan/", "/praktik/"), ksFlight); // the same teacher's practice
    await checkDark(ks, "KS practice", "ks-practice");
    await ks.close();
  });

  it("dark scheme, chosen in the account menu: an admin list and a dialog; the choice outlives a reload", async () => {
    const page = await freshPage(h, PHONE); // the phone says light: the menu's choice wins
    const inFlight = trackRequests(page);
    await signIn(page, h.url, "dinas.demo");
    await settled(page, inFlight);
    await page.getByRole("button", { name: "Menu akun" }).click();
    await page.getByRole("menuitem", { name: "Gelap" }).click();
    await page.getByRole("button", { name: "Menu akun" }).click();
    await expect.poll(() => page.getByRole("menuitem", { name: "Gelap" }).getAttribute("aria-current")).toBe("true");
    await checkDark(page, "account menu", "account-menu");
    await page.keyboard.press("Escape");
    await page.getByRole("menu").waitFor({ state: "hidden" }); // not while it fades out
    await visit(page, "/admin/sekolah", inFlight);
    await checkDark(page, "/admin/sekolah", "schools");
    await page.getByRole("button", { name: "Tambah sekolah" }).click();
    await page.getByRole("dialog", { name: "Sekolah baru" }).waitFor();
    await checkDark(page, "dialog Sekolah baru", "school-dialog");
    await page.reload();
    await settled(page, inFlight);
    expect(await page.evaluate(() => document.documentElement.dataset.mantineColorScheme)).toBe("dark");
    // Back to the default, so the other tests in this browser see the light scheme they expect.
    await page.getByRole("button", { name: "Menu akun" }).click();
    await page.getByRole("menuitem", { name: "Ikuti perangkat" }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.mantineColorScheme)).toBe("light");
    await page.close();
  });

  it("finds no violations on any of them", () => {
    expect(found, found.join("\n")).toEqual([]);
  });
});
