import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshPage, type Harness, PHONE, screenshot, signIn, signOut, startHarness } from "./helpers.js";

describe("Tim Kinerja assignment (issue 9 §1)", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it("the district admin sees the workload and names a member for a Plt on a 360 px phone", async () => {
    const page = await freshPage(h, PHONE);
    await signIn(page, h.url, "dinas.demo");
    await page.getByRole("heading", { name: "Sekolah" }).waitFor();
    await page.getByRole("button", { name: "Buka menu" }).click();
    await page.getByRole("link", { name: "Tim Kinerja" }).click();
    await page.getByRole("heading", { name: "Tim Kinerja" }).waitFor();
    // The phone menu closes with a slide: wait until no transition runs before looking at the page.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
    // The demo: pengawas.demo observes kepsek.demo, tim.demo observes pengawas.demo; the Plt has nobody yet.
    const members = page.getByTestId("tim-member");
    await members.filter({ hasText: "Agus Wijaya" }).getByText("1 orang").waitFor();
    await members.filter({ hasText: "Hendra Gunawan" }).getByText("1 orang").waitFor();
    await page.getByText("1 belum punya anggota").waitFor();
    await screenshot(page, "tim-kinerja-workload-360");

    await page.getByText("KS & pengawas").click();
    await page.getByLabel("Hanya yang belum punya anggota").check();
    const plt = page.getByTestId("tim-subject").filter({ hasText: "Dewi Lestari" });
    await plt.getByText("Belum ada anggota").waitFor();
    await plt.getByRole("button", { name: "Tambah anggota" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Anggota Tim Kinerja").fill("Hendra");
    await page.getByRole("option", { name: /Hendra Gunawan/ }).click();
    await dialog.getByRole("button", { name: "Simpan" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByText("0 belum punya anggota").waitFor();
    await page.getByLabel("Hanya yang belum punya anggota").uncheck();
    const named = page.getByTestId("tim-subject").filter({ hasText: "Dewi Lestari" });
    await named.getByText("Hendra Gunawan, M.Pd.").waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, "tim-kinerja-assigned-360");
    await signOut(page);
    await page.close();
  });
});
