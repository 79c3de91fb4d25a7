import type { Page } from "playwright-core";
import { expect } from "vitest";
import { dialogByKeyboard } from "./a11y-dialogs.js";
import { OWN_STATE_COUNT, seedOwnPractice } from "./a11y-seed.js";
import { checkStages, practiceStates } from "./a11y-states.js";
import { type Findings, settled, visit } from "./a11y-walk.js";
import { type Harness, PHONE, screenshot } from "./helpers.js";

// What a role meets beyond its pages, checked on the role's own signed-in page after its walk.

type Extra = (page: Page, inFlight: () => number, f: Findings, h: Harness) => Promise<void>;

/** guru.demo's own practice, each stage as it opens for them to write (and "Kumpulkan" asks to confirm). */
const ownPractice: Extra = async (page, inFlight, f, h) => {
  const seen = new Set<string>();
  for (let n = 0; n < OWN_STATE_COUNT; n++) {
    const cycleId = await seedOwnPractice(h, n);
    await page.goto(`${h.url}/praktik/${cycleId}`); // what the database says now, not what the page kept
    await settled(page, inFlight);
    const open = (await practiceStates(page, `/praktik/${cycleId}`)).filter((s) => s.writes && !seen.has(s.key));
    for (const s of open) seen.add(s.key);
    await checkStages(page, inFlight, f, `guru.demo own practice ${n}`, open);
    if (n === 0) {
      const submit = {
        path: `/praktik/${cycleId}`,
        open: (p: Page) => p.getByRole("button", { name: "Kumpulkan" }),
        name: "Kumpulkan dokumen",
      };
      await dialogByKeyboard(page, inFlight, f, submit, "guru.demo");
    }
  }
  // persiapan, tindak lanjut, upaya, laporan, refleksi
  expect(seen.size).toBeGreaterThanOrEqual(5);
};

/** The header's account menu, notification list and the phone's navigation, open. */
const headerMenus: Extra = async (page, inFlight, f) => {
  const phone = async () => {
    await f.light(page);
    await page.setViewportSize(PHONE);
  };
  await phone();
  await page.getByRole("button", { name: "Menu akun" }).click();
  await page.getByRole("menuitem", { name: "Keluar" }).waitFor();
  await f.check(page, "account menu", "account menu");
  await phone();
  await screenshot(page, "a11y-account-menu-360");
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: /Notifikasi/ }).click();
  await page.locator(".mantine-Popover-dropdown").waitFor();
  await settled(page, inFlight, false);
  await f.check(page, "notification list", "notification list");
  await phone();
  await screenshot(page, "a11y-notifications-360");
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Buka menu" }).click();
  await page.getByRole("navigation").getByRole("link").first().waitFor();
  await f.axe(page, "navigation open @360");
};

/** Dark chosen in the account menu (the phone says light: the menu wins): a list and a dialog; the choice outlives a reload. */
const darkByMenu: Extra = async (page, inFlight, f) => {
  await f.light(page);
  await page.setViewportSize(PHONE);
  await visit(page, "/admin/sekolah", inFlight);
  await page.getByRole("button", { name: "Menu akun" }).click();
  await page.getByRole("menuitem", { name: "Gelap" }).click();
  await page.getByRole("button", { name: "Menu akun" }).click();
  await expect.poll(() => page.getByRole("menuitem", { name: "Gelap" }).getAttribute("aria-current")).toBe("true");
  await f.axe(page, "dark account menu (chosen) @360");
  await screenshot(page, "a11y-dark-account-menu-360");
  await page.keyboard.press("Escape");
  await page.getByRole("menu").waitFor({ state: "hidden" }); // not while it fades out
  await page.getByRole("button", { name: "Tambah sekolah" }).click();
  await page.getByRole("dialog", { name: "Sekolah baru" }).waitFor();
  await screenshot(page, "a11y-dark-school-dialog-360");
  await page.reload();
  await settled(page, inFlight);
  expect(await page.evaluate(() => document.documentElement.dataset.mantineColorScheme)).toBe("dark");
  // Back to the default, so the other tests in this browser see the light scheme they expect.
  await page.getByRole("button", { name: "Menu akun" }).click();
  await page.getByRole("menuitem", { name: "Ikuti perangkat" }).click();
  expect(await page.evaluate(() => document.documentElement.dataset.mantineColorScheme)).toBe("light");
};

export const EXTRAS: Record<string, Extra> = {
  "guru.demo": ownPractice,
  "kepsek.demo": headerMenus,
  "dinas.demo": darkByMenu,
};
