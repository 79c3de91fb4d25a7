import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshPage, type Harness, PHONE, SCREENSHOTS, screenshot, signIn, signOut, startHarness } from "./helpers.js";

// The whole planning loop of issue 3, on a 360 px phone: guru.demo plans and submits;
// kepsek.demo returns it with a note; the guru fixes and resubmits; the KS approves; the guru agrees.

const fitsPhone = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

const badge = (page: Page, text: string) => page.locator(".mantine-Badge-root").filter({ hasText: text }).first();

async function goToStep(page: Page, name: string, n: number) {
  await page.getByRole("heading", { name, exact: true }).waitFor();
  await page.getByText(`Langkah ${n} dari 6`).waitFor();
}

async function saved(page: Page) {
  await page.locator('[data-save-state="saved"]').waitFor();
}

async function submitFromSummary(page: Page, shot: string) {
  await page.getByRole("button", { name: "Lanjut ajukan" }).click();
  const dialog = page.getByRole("dialog", { name: "Ajukan perencanaan" });
  await dialog.getByRole("checkbox", { name: "Saya sudah memeriksa perencanaan ini" }).check();
  await dialog.getByRole("button", { name: "Ajukan", exact: true }).click();
  await badge(page, "Menunggu persetujuan").waitFor();
  await screenshot(page, shot);
}

/** Signs out, signs in as `username`, and opens the first plan link on Kinerja Saya. */
async function asUserOpenMyPlan(page: Page, url: string, username: string) {
  await signOut(page);
  await signIn(page, url, username);
  await page
    .getByRole("link", { name: /perencanaan/i })
    .first()
    .click();
}

/** Signs out, signs in as kepsek.demo, and opens Budi's plan from "Perlu disetujui". */
async function asKsOpenBudi(page: Page, url: string) {
  await signOut(page);
  await signIn(page, url, "kepsek.demo");
  await page.getByRole("button", { name: "Buka menu" }).click();
  await page.getByRole("link", { name: "Perlu disetujui" }).click();
  await page.getByRole("heading", { name: "Perlu disetujui" }).waitFor();
  await page.getByText("Budi Santoso, S.Pd.").click();
  await page.getByRole("heading", { name: "Budi Santoso, S.Pd." }).waitFor();
}

describe("the planning loop: submit → return → fix → approve → agree", () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await startHarness();
    page = await freshPage(h, PHONE);
  });
  afterAll(async () => {
    await h?.close();
  });

  it("1. guru.demo plans and submits", async () => {
    await signIn(page, h.url, "guru.demo");
    await page.getByRole("link", { name: "Mulai perencanaan" }).click();
    await goToStep(page, "Profil", 1);
    await page.getByRole("button", { name: "Data sudah sesuai" }).click();
    await page.getByRole("button", { name: "Berikutnya" }).click();
    await goToStep(page, "Praktik pembelajaran", 2);
    await page.getByRole("radio", { name: "Umpan balik konstruktif" }).check();
    await saved(page);
    await page.getByRole("button", { name: "Berikutnya" }).click();
    await goToStep(page, "Pengembangan kompetensi", 3);
    await page.getByPlaceholder("Pilih kegiatan…").click();
    await page.getByRole("option", { name: /^penggerak komunitas belajar/ }).click();
    await page.getByText("Total: 36 poin (32–128)").waitFor();
    await page.getByRole("button", { name: "Berikutnya" }).click();
    await goToStep(page, "Tugas tambahan", 4);
    await page.getByRole("radio", { name: /Tidak ada tugas tambahan/ }).check();
    await saved(page);
    await page.getByRole("button", { name: "Berikutnya" }).click();
    await goToStep(page, "Perilaku kerja", 5);
    await page.getByRole("button", { name: "Berikutnya" }).click();
    await goToStep(page, "Rangkuman", 6);
    await page.getByText("Perencanaan Anda sudah lengkap dan siap diajukan.").waitFor();
    await fitsPhone(page);
    await submitFromSummary(page, "flow-1-guru-submitted-360");
  });

  it("2. kepsek.demo returns it with a note", async () => {
    await signOut(page);
    await signIn(page, h.url, "kepsek.demo");
    await page.getByRole("button", { name: "Buka menu" }).click();
    await page.getByRole("link", { name: "Perlu disetujui" }).click();
    await page.getByRole("heading", { name: "Perlu disetujui" }).waitFor();
    await page.getByTestId("count-submitted").filter({ hasText: /^3$/ }).waitFor();
    await page.getByText("Budi Santoso, S.Pd.").click();
    await page.getByRole("heading", { name: "Budi Santoso, S.Pd." }).waitFor();
    await page.getByRole("complementary", { name: "Rubrik" }).getByText("Rubrik: Umpan balik konstruktif").waitFor();
    await fitsPhone(page);
    await screenshot(page, "flow-2-ks-review-360");
    await page.getByRole("button", { name: "Kembalikan" }).click();
    const dialog = page.getByRole("dialog");
    await dialog
      .getByLabel("Catatan untuk pegawai")
      .fill("Tambahkan satu pelatihan mandiri agar kompetensi Anda makin kuat.");
    await dialog.getByRole("button", { name: "Kembalikan" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByText("Dikembalikan", { exact: true }).first().waitFor();
    await screenshot(page, "flow-2-ks-returned-360");
  });

  it("3. the guru sees the note, fixes the plan and resubmits", async () => {
    await asUserOpenMyPlan(page, h.url, "guru.demo");
    await page.getByText("Catatan dari atasan").first().waitFor();
    await page.getByText("Tambahkan satu pelatihan mandiri agar kompetensi Anda makin kuat.").first().waitFor();
    await screenshot(page, "flow-3-guru-note-360");
    await page
      .getByRole("button", { name: /Pengembangan kompetensi/ })
      .first()
      .click();
    await goToStep(page, "Pengembangan kompetensi", 3);
    await page.getByPlaceholder("Pilih kegiatan…").click();
    await page.getByRole("option", { name: /^peserta pelatihan mandiri/ }).click();
    await page.getByText("Total: 44 poin (32–128)").waitFor();
    await saved(page);
    await page
      .getByRole("button", { name: /Rangkuman/ })
      .first()
      .click();
    await goToStep(page, "Rangkuman", 6);
    await submitFromSummary(page, "flow-3-guru-resubmitted-360");
  });

  it("4. the KS approves", async () => {
    await asKsOpenBudi(page, h.url);
    await page.getByRole("button", { name: "Setujui", exact: true }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Setujui", exact: true }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByText("Disetujui", { exact: true }).first().waitFor();
    await screenshot(page, "flow-4-ks-approved-360");
  });

  it("5. the guru agrees and the plan is locked", async () => {
    await asUserOpenMyPlan(page, h.url, "guru.demo");
    await page.getByText("Perencanaan disetujui").first().waitFor();
    await page.getByRole("button", { name: "Sepakati" }).click();
    const dialog = page.getByRole("dialog", { name: "Sepakati perencanaan" });
    await dialog.getByRole("button", { name: "Sepakati" }).click();
    await dialog.waitFor({ state: "detached" });
    await badge(page, "Disepakati").waitFor();
    expect(await page.getByRole("button", { name: "Lanjut ajukan" }).count()).toBe(0);
    await fitsPhone(page);
    await screenshot(page, "flow-5-guru-agreed-360");
    // Kinerja Saya now shows the next phase.
    await page.getByRole("button", { name: "Buka menu" }).click();
    await page.getByRole("link", { name: "Kinerja Saya" }).first().click();
    await page.getByRole("heading", { name: "Kinerja Saya" }).waitFor();
    await screenshot(page, "flow-5-kinerja-saya-360");
  });

  it("the same screens in English", async () => {
    await page.getByText("EN", { exact: true }).click();
    await page.getByRole("heading", { name: "Kinerja Saya" }).waitFor();
    await page
      .getByRole("link", { name: /View plan|plan/i })
      .first()
      .click();
    await page.getByText("Agreed", { exact: true }).first().waitFor();
    await screenshot(page, "flow-6-guru-agreed-en-360");
    await page.getByText("ID", { exact: true }).click();
    await signOut(page);
    await signIn(page, h.url, "kepsek.demo");
    await page.getByRole("heading", { name: "Kinerja Saya" }).waitFor();
    await page.getByText("EN", { exact: true }).click();
    await page.goto(`${h.url}/pegawai/perencanaan`);
    await page.getByRole("heading", { name: /To approve/ }).waitFor();
    await screenshot(page, "flow-6-ks-queue-en-360");
    await page.getByText("ID", { exact: true }).click();
    await page.getByRole("heading", { name: "Perlu disetujui" }).waitFor();
  });

  it("7. the guru asks to reopen; the district admin approves; the plan is a draft again with its history", async () => {
    await asUserOpenMyPlan(page, h.url, "guru.demo");
    await badge(page, "Disepakati").waitFor();
    await page.getByLabel("Alasan").fill("Salah memilih indikator; ingin fokus pada aktivitas interaktif.");
    await page.getByRole("button", { name: "Ajukan buka kembali" }).click();
    await page.getByText("Menunggu keputusan").first().waitFor();
    await screenshot(page, "flow-7-guru-reopen-requested-360");

    await signOut(page);
    await signIn(page, h.url, "dinas.demo");
    await page.getByRole("heading", { name: "Sekolah" }).waitFor();
    await page.getByRole("button", { name: "Buka menu" }).click();
    await page.getByRole("link", { name: "Buka kembali" }).click();
    await page.getByRole("heading", { name: "Permintaan buka kembali" }).waitFor();
    await page.getByText("Salah memilih indikator", { exact: false }).waitFor();
    await fitsPhone(page);
    await screenshot(page, "flow-7-admin-reopen-list-360");
    await page.getByRole("link", { name: "Budi Santoso, S.Pd." }).click();
    await page.getByRole("heading", { name: "Budi Santoso, S.Pd." }).waitFor();
    await page.getByRole("button", { name: "Setujui buka kembali" }).first().click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Setujui buka kembali" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByText("Draf", { exact: true }).first().waitFor();
    await screenshot(page, "flow-7-admin-reopened-360");
    // Back to the inbox the admin came from, not to an empty "Perlu disetujui".
    await page.getByRole("link", { name: "← Permintaan buka kembali" }).click();
    await page.getByRole("heading", { name: "Permintaan buka kembali" }).waitFor();

    await asUserOpenMyPlan(page, h.url, "guru.demo");
    await badge(page, "Draf").waitFor();
    await page.getByRole("button", { name: "Riwayat" }).click();
    const history = page.getByRole("dialog", { name: "Riwayat perencanaan" });
    await history.getByText("Dra. Ratna Sari", { exact: false }).first().waitFor();
    // Let the drawer finish sliding in before the picture.
    await page.screenshot({ path: join(SCREENSHOTS, "flow-7-guru-history-360.png"), animations: "disabled" });
  });
});
