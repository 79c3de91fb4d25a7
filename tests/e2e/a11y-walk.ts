import type { Page } from "playwright-core";
import { axeViolations, describeViolations } from "./axe.js";
import { DESKTOP, PHONE } from "./helpers.js";

// The walk of tests/e2e/accessibility.e2e.ts: client-side navigation that waits for the page to
// settle, and one check of a page or state at 1280 and 360 px (and once per kind in the dark scheme).

/** Requests in flight on a page: a page is settled when none are and no loader shows. */
export function trackRequests(page: Page): () => number {
  let inFlight = 0;
  page.on("request", () => inFlight++);
  page.on("requestfinished", () => inFlight--);
  page.on("requestfailed", () => inFlight--);
  return () => inFlight;
}

/** Two frames drawn: what a resize or a new colour scheme changes is on screen. */
export const painted = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/**
 * The page drawn and quiet: a level-one heading of the new page (one not marked by `visit`, or the
 * same element drawn again: main changed since, when React keeps the element for the same route
 * and data it has already), no request in flight and no loader, twice in a row.
 */
export async function settled(page: Page, inFlight: () => number, heading = true): Promise<void> {
  if (heading) {
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll("h1")].some((h) => !h.hasAttribute("data-a11y-seen")) ||
        ((window as { a11yChanged?: boolean }).a11yChanged === true && document.querySelector("h1") !== null),
    );
  }
  for (let quiet = 0; quiet < 2; ) {
    await page.waitForTimeout(40);
    const busy = inFlight() > 0 || (await page.locator(".mantine-Loader-root").count()) > 0;
    quiet = busy ? 0 : quiet + 1;
  }
}

/** Client-side navigation (the router's popstate): no reload, no new /api/me. */
export async function visit(page: Page, path: string, inFlight: () => number): Promise<void> {
  await page.evaluate((to) => {
    if (location.pathname === to) return; // already there (a role's home page)
    for (const h of document.querySelectorAll("h1")) h.setAttribute("data-a11y-seen", "");
    const w = window as { a11yChanged?: boolean };
    w.a11yChanged = false;
    const seen = new MutationObserver(() => {
      w.a11yChanged = true;
      seen.disconnect();
    });
    seen.observe(document.querySelector("main") ?? document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
    history.pushState(null, "", to);
    window.dispatchEvent(new PopStateEvent("popstate"));
  }, path);
  await settled(page, inFlight);
}

export const hrefs = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

/** The kind of a page: its path with ids left out (every plan is one kind). */
export const pageKind = (path: string) => path.replace(/[0-9a-f-]{36}/g, ":id");

/** The phone's colour scheme (the app follows it while the menu says "Ikuti perangkat"). */
export async function scheme(page: Page, colorScheme: "light" | "dark"): Promise<void> {
  await page.emulateMedia({ colorScheme });
  await page.waitForFunction((s) => document.documentElement.dataset.mantineColorScheme === s, colorScheme);
  // Colours fade (a segmented control's labels): axe reads them as they end, not halfway.
  await page.evaluate(() => {
    for (const a of document.getAnimations()) if (a instanceof CSSTransition) a.finish();
  });
}

type Scheme = "light" | "dark";

/**
 * Nothing moving: a dialog fades and slides in, a drawer slides, colours fade; axe reads colours
 * as they end, not halfway (a loader's endless spin is no transition).
 */
export async function still(page: Page): Promise<void> {
  const moving = await page.evaluate(() =>
    document
      .getAnimations()
      .some((a) => a.playState === "running" && a.effect?.getTiming().iterations !== Number.POSITIVE_INFINITY),
  );
  if (!moving) return;
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== "running" || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY),
  );
}

/**
 * What axe finds on every page and state, collected so one run lists every problem: each kind at 1280
 * and 360 px in the light scheme and once more in the dark one (at 360 px), every further page or
 * state of a kind at 360 px. The scheme
 * is switched once per dark check, not there and back: a page left dark is checked dark first.
 */
export class Findings {
  readonly found: string[] = [];
  private readonly dark = new Set<string>();
  private readonly schemes = new WeakMap<Page, Scheme>();
  checks = 0;

  async axe(page: Page, where: string): Promise<void> {
    this.checks++;
    await still(page);
    const v = await axeViolations(page);
    if (v.length) this.found.push(describeViolations(where, v));
  }

  private async at(page: Page, size: { width: number; height: number }, where: string): Promise<void> {
    const now = page.viewportSize();
    if (now?.width !== size.width) {
      await page.setViewportSize(size);
      await painted(page);
    }
    await this.axe(page, where);
  }

  private async switchTo(page: Page, to: Scheme): Promise<void> {
    if ((this.schemes.get(page) ?? "light") === to) return;
    await scheme(page, to);
    this.schemes.set(page, to);
  }

  /** `kind` names what looks the same in every instance (a page kind, a step, a stage, a dialog). */
  async check(page: Page, where: string, kind: string): Promise<void> {
    const t0 = Date.now();
    const dark = !this.dark.has(kind);
    this.dark.add(kind);
    if (!dark) {
      // A kind already checked at both widths and dark: another instance of it (another role's, other
      // data) at the phone's width only, where the layout is tightest (CI's time: ~80 fewer runs).
      await this.switchTo(page, "light");
      await this.at(page, PHONE, `${where} @360`);
      if (process.env.A11Y_DEBUG) console.log(`${Date.now() - t0} ms ${where} [${kind}]`);
      return;
    }
    const light = async () => {
      await this.switchTo(page, "light");
      const phoneFirst = page.viewportSize()?.width === PHONE.width;
      for (const [name, size] of phoneFirst ? SIZES.slice().reverse() : SIZES)
        await this.at(page, size, `${where} @${name}`);
    };
    if (dark && this.schemes.get(page) === "dark") {
      await this.at(page, PHONE, `dark ${where} @360`);
      await light();
    } else {
      await light();
      if (dark) {
        await this.switchTo(page, "dark");
        await this.at(page, PHONE, `dark ${where} @360`);
      }
    }
    if (process.env.A11Y_DEBUG) console.log(`${Date.now() - t0} ms ${where} [${kind}]`);
  }

  /** The page at 1280 px, then (once per kind) dark at 360 px: what `check` adds to a look at 360 px. */
  async widerAndDark(page: Page, where: string, kind: string): Promise<void> {
    await this.switchTo(page, "light");
    await this.at(page, DESKTOP, `${where} @1280`);
    if (this.dark.has(kind)) return;
    this.dark.add(kind);
    await this.switchTo(page, "dark");
    await this.at(page, PHONE, `dark ${where} @360`);
  }

  /** The light scheme again, for what follows on this page. */
  async light(page: Page): Promise<void> {
    await this.switchTo(page, "light");
  }

  /** The kinds checked in the dark scheme (A11Y_DEBUG=1 prints how many, and each check's time). */
  get darkKinds(): ReadonlySet<string> {
    return this.dark;
  }
}

const SIZES = [
  ["1280", DESKTOP],
  ["360", PHONE],
] as const;
