import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DESKTOP, freshPage, type Harness, PHONE, screenshot, signIn, signOut, startHarness } from "./helpers.js";

const PERIOD = /Periode Demo · Aturan 2025/;

describe("sign-in and the two hats (Kinerja Saya / Pegawai Saya)", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it("shows the server's Indonesian message for a wrong password", async () => {
    const page = await freshPage(h, PHONE);
    await signIn(page, h.url, "guru.demo", "salah-sekali");
    await page.getByRole("alert").filter({ hasText: "Nama pengguna atau kata sandi salah." }).waitFor();
    await screenshot(page, "signin-error-360");
    await page.close();
  });

  it("guru on a 360 px phone sees Kinerja Saya in Perencanaan, then signs out", async () => {
    const page = await freshPage(h, PHONE);
    await signIn(page, h.url, "guru.demo");
    await page.getByRole("heading", { name: "Kinerja Saya" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/kinerja-saya");
    await page.getByRole("heading", { name: PERIOD }).waitFor();
    // The stepper shows Perencanaan as the current step, and the coaching next step.
    await page.locator(`li[aria-current="step"]`).filter({ hasText: "Perencanaan" }).waitFor();
    await page.getByText("Susun perencanaan kinerja Anda dan ajukan ke atasan", { exact: false }).waitFor();
    await page.getByText("Siti Rahmawati, S.Pd., M.Pd.").waitFor();
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, "home-guru-360");
    // A guru assesses nobody: no "Pegawai Saya" in the menu.
    await page.getByRole("button", { name: "Buka menu" }).click();
    await page.getByRole("link", { name: "Kinerja Saya" }).waitFor();
    expect(await page.getByRole("link", { name: "Pegawai Saya" }).count()).toBe(0);
    await page.getByRole("button", { name: "Buka menu" }).click();
    await signOut(page);
    await page.close();
  });

  it("guru2026.demo plans under the 2026 rules: the period says so, and no points are asked", async () => {
    const page = await freshPage(h, PHONE);
    await signIn(page, h.url, "guru2026.demo");
    await page.getByRole("heading", { name: /Periode Demo · Aturan 2026 \(tanpa poin RHK\)/ }).waitFor();
    await page.getByRole("link", { name: "Mulai perencanaan" }).click();
    await page.getByRole("heading", { name: "Perencanaan Kinerja" }).waitFor();
    await page.getByRole("button", { name: "Berikutnya" }).click();
    await page.getByRole("button", { name: "Berikutnya" }).click();
    await page.getByRole("heading", { name: "Pengembangan kompetensi", exact: true }).waitFor();
    await page.getByText("tidak ada poin pengembangan kompetensi", { exact: false }).waitFor();
    expect(await page.getByText(/Total: \d+ poin/).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, "planning-2026-360-kompetensi");
    await page.close();
  });

  it("kepala sekolah on desktop reaches both hats, and the page switches to English", async () => {
    const page = await freshPage(h, DESKTOP);
    await signIn(page, h.url, "kepsek.demo");
    await page.getByRole("heading", { name: "Kinerja Saya" }).waitFor();
    await page.getByRole("heading", { name: PERIOD }).waitFor();
    await page.getByRole("link", { name: "Pegawai Saya" }).click();
    await page.getByRole("heading", { name: "Pegawai Saya" }).waitFor();
    const table = page.getByRole("table");
    await table.getByRole("cell", { name: "Budi Santoso, S.Pd." }).waitFor();
    await table.getByRole("cell", { name: "Ani Suryani, S.Pd." }).waitFor();
    expect(await table.getByText("sebagai Kepala Sekolah").count()).toBeGreaterThan(5);
    await screenshot(page, "staff-kepsek-1280");

    await page.getByText("EN", { exact: true }).click();
    await page.getByRole("columnheader", { name: "Your role" }).waitFor();
    await page.getByText("the people you mentor and assess", { exact: false }).waitFor();
    await page.getByRole("link", { name: "Kinerja Saya" }).click();
    await page.getByRole("heading", { name: "My details" }).waitFor();
    await screenshot(page, "home-kepsek-1280-en");
    // The choice survives a reload (localStorage + cookie).
    await page.reload();
    await page.getByRole("heading", { name: "My details" }).waitFor();
    await page.getByText("ID", { exact: true }).click();
    await page.getByRole("heading", { name: "Data diri" }).waitFor();
    await page.close();
  });

  it("kepala sekolah on a phone opens Pegawai Saya from the burger menu", async () => {
    const page = await freshPage(h, PHONE);
    await signIn(page, h.url, "kepsek.demo");
    await page.getByRole("heading", { name: "Kinerja Saya" }).waitFor();
    await page.getByRole("button", { name: "Buka menu" }).click();
    await page.getByRole("link", { name: "Pegawai Saya" }).click();
    await page.getByRole("heading", { name: "Pegawai Saya" }).waitFor();
    await page.getByText("Budi Santoso, S.Pd.").waitFor();
    await page.getByPlaceholder("Cari nama pegawai").fill("ani");
    // The server searches (debounced): wait for the answer, not for a fixed time.
    await page.getByText("Budi Santoso, S.Pd.").waitFor({ state: "detached" });
    await page.getByText("Ani Suryani, S.Pd.").waitFor();
    await page.getByPlaceholder("Cari nama pegawai").fill("");
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, "staff-kepsek-360");
    await page.close();
  });
});
