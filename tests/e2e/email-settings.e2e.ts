import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fitsPhone, freshPage, type Harness, PHONE, screenshot, signIn, startHarness } from "./helpers.js";

describe("e-mail settings (issue 11 §1)", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it("a guru on a 360 px phone chooses the daily digest for one kind and English, and it is kept", async () => {
    const page = await freshPage(h, PHONE);
    await signIn(page, h.url, "guru.demo");
    await page.getByRole("heading", { name: "Kinerja Saya" }).waitFor();
    await page.getByRole("button", { name: "Menu akun" }).click();
    await page.getByRole("menuitem", { name: "Pengaturan e-mail" }).click();
    await page.getByRole("heading", { name: "Pengaturan e-mail" }).waitFor();
    const kind = page.getByLabel("Perencanaan Anda dikembalikan");
    expect(await kind.inputValue()).toBe("instant");
    await kind.selectOption("digest");
    await page.getByLabel("Bahasa e-mail").selectOption("en");
    await page.getByRole("button", { name: "Simpan pengaturan" }).click();
    await page.getByRole("status").filter({ hasText: "Pengaturan e-mail tersimpan." }).waitFor();
    await fitsPhone(page);
    await screenshot(page, "email-settings-360");
    await page.reload();
    await page.getByRole("heading", { name: "Pengaturan e-mail" }).waitFor();
    expect(await page.getByLabel("Perencanaan Anda dikembalikan").inputValue()).toBe("digest");
    expect(await page.getByLabel("Bahasa e-mail").inputValue()).toBe("en");
    await page.close();
  });
});
