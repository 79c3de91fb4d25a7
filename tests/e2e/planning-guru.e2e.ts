import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DESKTOP, freshPage, type Harness, PHONE, SCREENSHOTS, screenshot, signIn, startHarness } from "./helpers.js";

// A tiny but real PDF: the server checks the bytes, not the name.
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n", "ascii");

async function fitsPhone(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(PHONE.width);
}

async function step(page: Page, name: string, n: number): Promise<void> {
  await page.getByRole("heading", { name, exact: true }).waitFor();
  await page.getByText(`Langkah ${n} dari 6`).waitFor();
}

async function next(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Berikutnya" }).click();
}

/** Autosave finished: the status line says "Tersimpan 10.42". */
async function saved(page: Page, word = "Tersimpan"): Promise<void> {
  await page.locator('[data-save-state="saved"]').filter({ hasText: word }).waitFor();
}

describe("a guru plans the year on a 360 px phone", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it("fills all six steps, survives a reload, and submits", async () => {
    const page = await freshPage(h, PHONE);
    await signIn(page, h.url, "guru.demo");
    await page.getByRole("heading", { name: "Kinerja Saya" }).waitFor();
    await page.getByRole("link", { name: "Mulai perencanaan" }).click();

    // 1 Profil
    await page.getByRole("heading", { name: "Perencanaan Kinerja" }).waitFor();
    await step(page, "Profil", 1);
    await page.getByText("Batas perencanaan:", { exact: false }).waitFor();
    await page.getByText("Siti Rahmawati, S.Pd., M.Pd. · Kepala Sekolah").waitFor();
    await screenshot(page, "planning-guru-360-profil");
    await fitsPhone(page);
    await page.getByRole("button", { name: "Data sudah sesuai" }).click();
    await page.getByText("Anda sudah menyatakan data diri sesuai.").waitFor();
    await next(page);

    // 2 Praktik pembelajaran: the Rapor Pendidikan recommends the weakest result.
    await step(page, "Praktik pembelajaran", 2);
    const card = page.locator(".mantine-Paper-root").filter({ hasText: "Direkomendasikan dari Rapor Pendidikan" });
    await card.getByText("Umpan balik konstruktif", { exact: true }).waitFor();
    await page.getByRole("radio", { name: "Umpan balik konstruktif" }).check();
    await card.getByRole("button", { name: "Lihat target perilaku dan rubrik" }).click();
    await card.getByText("Perilaku yang disarankan (+)").first().waitFor();
    await saved(page);
    await fitsPhone(page);
    await screenshot(page, "planning-guru-360-praktik");
    await next(page);

    // 3 Pengembangan kompetensi: 2025 rules, 32–128 points.
    await step(page, "Pengembangan kompetensi", 3);
    await page.getByText("Total: 0 poin (32–128)").waitFor();
    await page.getByPlaceholder("Pilih kegiatan…").click();
    await page.getByRole("option", { name: /^penggerak komunitas belajar/ }).click();
    await page.getByText("Total: 36 poin (32–128)").waitFor();
    await page.getByText("Total poin sudah sesuai.").waitFor();
    await page.getByPlaceholder("Pilih kegiatan…").click();
    await page.getByRole("option", { name: /^peserta pelatihan mandiri/ }).click();
    await page.getByText("Total: 44 poin (32–128)").waitFor();
    // "2,5" is not 25: a message, and the line counts nothing; an emptied field says it is not counted.
    const quantity = page.getByLabel("Target kuantitas: peserta pelatihan mandiri");
    await quantity.fill("2,5");
    await page.getByText("Isi bilangan bulat tanpa koma atau titik (mis. 2).").waitFor();
    await page.getByText("Total: 36 poin (32–128)").waitFor();
    await fitsPhone(page);
    await screenshot(page, "planning-guru-360-kompetensi-decimal");
    await quantity.fill("");
    await page.getByText("Belum diisi: tidak dihitung.").waitFor();
    await page.getByText("Total: 36 poin (32–128)").waitFor();
    await quantity.fill("1");
    await page.getByText("Total: 44 poin (32–128)").waitFor();
    await fitsPhone(page);
    await screenshot(page, "planning-guru-360-kompetensi");
    await next(page);

    // 4 Tugas tambahan: "Wali kelas" from the staff data, with targets and an SK.
    await step(page, "Tugas tambahan", 4);
    await page.getByRole("radio", { name: "Ya, saya memiliki tugas tambahan" }).check();
    await page.getByRole("checkbox", { name: "Wali kelas" }).check();
    await page.getByLabel("Target kuantitas: Wali kelas").fill("2");
    await page.getByLabel("Satuan: Wali kelas").fill("laporan");
    await page.getByLabel("Target waktu (bulan): Wali kelas").fill("12");
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Unggah SK untuk Wali kelas" }).click();
    await (await chooser).setFiles({ name: "sk-wali-kelas.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByRole("link", { name: "sk-wali-kelas.pdf" }).waitFor();
    await saved(page);

    // Reload mid-way: the same step, with everything kept.
    await page.reload();
    await step(page, "Tugas tambahan", 4);
    expect(await page.getByLabel("Target kuantitas: Wali kelas").inputValue()).toBe("2");
    expect(await page.getByLabel("Satuan: Wali kelas").inputValue()).toBe("laporan");
    expect(await page.getByLabel("Target waktu (bulan): Wali kelas").inputValue()).toBe("12");
    await page.getByRole("link", { name: "SK terunggah" }).waitFor();
    await fitsPhone(page);
    await screenshot(page, "planning-guru-360-tugas");
    await next(page);

    // 5 Perilaku kerja: an optional personal note.
    await step(page, "Perilaku kerja", 5);
    // A long URL without spaces must wrap, not widen the page (checked on this step and the summary).
    await page
      .getByLabel("Catatan pribadi untuk Kolaboratif (opsional)")
      .fill(
        "Aktif berbagi di komunitas belajar: https://guru.kemdikbud.go.id/komunitas/berbagi-praktik-baik-pembelajaran-berdiferensiasi-kelas-tujuh",
      );
    await saved(page);
    await fitsPhone(page);
    await screenshot(page, "planning-guru-360-perilaku");
    await next(page);

    // 6 Rangkuman → Lanjut ajukan → confirmation → Menunggu persetujuan.
    await step(page, "Rangkuman", 6);
    await page.getByText("Perencanaan Anda sudah lengkap dan siap diajukan.").waitFor();
    await page.getByText("Umpan balik konstruktif").waitFor();
    await page
      .getByText(/berdiferensiasi-kelas-tujuh/)
      .first()
      .waitFor();
    await page.getByText("Total: 44 poin (32–128)").waitFor();
    await fitsPhone(page);
    await screenshot(page, "planning-guru-360-rangkuman");
    await page.getByRole("button", { name: "Lanjut ajukan" }).click();
    const dialog = page.getByRole("dialog", { name: "Ajukan perencanaan" });
    const submit = dialog.getByRole("button", { name: "Ajukan", exact: true });
    expect(await submit.isDisabled()).toBe(true);
    await dialog.getByRole("checkbox", { name: "Saya sudah memeriksa perencanaan ini" }).check();
    await screenshot(page, "planning-guru-360-ajukan");
    await submit.click();
    await page.locator(".mantine-Badge-root").filter({ hasText: "Menunggu persetujuan" }).waitFor();
    await page.getByText("Perencanaan sedang menunggu persetujuan Siti Rahmawati", { exact: false }).waitFor();
    // Read-only now: no inputs, no submit button.
    expect(await page.getByRole("button", { name: "Lanjut ajukan" }).count()).toBe(0);
    await fitsPhone(page);
    await screenshot(page, "planning-guru-360-diajukan");

    // The history shows the submit; the card on Kinerja Saya now offers to view the plan.
    await page.getByRole("button", { name: "Riwayat" }).click();
    const history = page.getByRole("dialog", { name: "Riwayat perencanaan" });
    await history.getByText("Diajukan", { exact: true }).waitFor();
    await history.getByText("Budi Santoso, S.Pd. sebagai pegawai").waitFor();
    // Let the drawer finish sliding in before the picture.
    await page.screenshot({ path: join(SCREENSHOTS, "planning-guru-360-riwayat.png"), animations: "disabled" });
    await page.keyboard.press("Escape");
    await page.goto(`${h.url}/kinerja-saya`);
    await page.getByRole("link", { name: "Lihat perencanaan" }).waitFor();
    await page.close();
  });

  it("in English, a second tab on the same plan makes the stale one show the conflict", async () => {
    const page = await freshPage(h, PHONE);
    await signIn(page, h.url, "plt.demo");
    await page.getByRole("heading", { name: "Kinerja Saya" }).waitFor();
    await page.getByText("EN", { exact: true }).click();
    await page.getByRole("link", { name: "Start planning" }).click();
    await page.getByRole("heading", { name: "Profile", exact: true }).waitFor();

    // Same session and storage, another tab.
    const other = await h.context.newPage();
    await other.setViewportSize(PHONE);
    await other.goto(page.url());
    await other.getByRole("heading", { name: "Profile", exact: true }).waitFor();
    await other.getByRole("button", { name: "Data is correct" }).click();
    await saved(other, "Saved");

    // The first tab still holds the old version: its save (the step it moved to) is refused, never
    // silently applied; the newest is fetched and shown, and the person chooses which to keep.
    await page.getByRole("button", { name: "Next" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "This document was changed somewhere else" });
    await alert.getByRole("button", { name: "Use the latest version" }).waitFor();
    await alert.getByRole("button", { name: "Use my changes" }).waitFor();
    await page.getByText("You confirmed that your details are correct.").waitFor();
    await fitsPhone(page);
    await screenshot(page, "planning-conflict-360-en");
    await alert.getByRole("button", { name: "Use the latest version" }).click();
    await alert.waitFor({ state: "detached" });
    await page.getByText("You confirmed that your details are correct.").waitFor();

    // No Rapor Pendidikan for this school: no recommendation, talk with the principal.
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("heading", { name: "Teaching practice", exact: true }).waitFor();
    await page.getByText("There is no Rapor Pendidikan data for your school yet", { exact: false }).waitFor();
    await fitsPhone(page);
    await screenshot(page, "planning-praktik-360-en");
    await other.close();

    // Offline: the choice is kept on the device and sent when the connection is back.
    await h.context.setOffline(true);
    try {
      await page.getByRole("radio", { name: "Aktivitas interaktif" }).check();
      await page.locator('[data-save-state="offline"]').waitFor();
      await page.getByText("You are offline", { exact: false }).waitFor();
      const kept = await page.evaluate(() =>
        Object.keys(localStorage).some((k) => k.startsWith("kinerja_plan_draft_")),
      );
      expect(kept).toBe(true);
      await screenshot(page, "planning-offline-360-en");
    } finally {
      await h.context.setOffline(false);
    }
    await saved(page, "Saved");
    await page.reload();
    await page.getByRole("heading", { name: "Teaching practice", exact: true }).waitFor();
    expect(await page.getByRole("radio", { name: "Aktivitas interaktif" }).isChecked()).toBe(true);
    await page.close();
  });

  it("kepala sekolah and pengawas get their own second step", async () => {
    const ks = await freshPage(h, PHONE);
    await signIn(ks, h.url, "kepsek.demo");
    await ks.getByRole("link", { name: "Mulai perencanaan" }).click();
    await ks.getByRole("button", { name: "Berikutnya" }).click();
    await ks.getByRole("heading", { name: "Praktik kepemimpinan", exact: true }).waitFor();
    await ks.getByText("Perencanaan Anda ditinjau oleh Kepala Dinas bersama Tim Kinerja.").waitFor();
    const vision = ks.locator(".mantine-Paper-root").filter({ hasText: "Presentasi visi-misi satuan pendidikan" });
    await vision.getByRole("button", { name: "Lihat target perilaku dan rubrik" }).click();
    await vision.getByText("Contoh bukti").waitFor();
    await fitsPhone(ks);
    await screenshot(ks, "planning-ks-360-praktik");
    await ks.close();

    const pengawas = await freshPage(h, PHONE);
    await signIn(pengawas, h.url, "pengawas.demo");
    await pengawas.getByRole("link", { name: "Mulai perencanaan" }).click();
    await pengawas.getByRole("button", { name: "Berikutnya" }).click();
    await pengawas.getByRole("heading", { name: "Sekolah dampingan", exact: true }).waitFor();
    await pengawas.getByText("0 dari 3").waitFor();
    await pengawas.getByRole("checkbox", { name: "SD Negeri 1 Contoh" }).check();
    await pengawas.getByText("1 dari 3").waitFor();
    await fitsPhone(pengawas);
    await screenshot(pengawas, "planning-pengawas-360-praktik");
    await pengawas.close();
  });

  it("tells the kepala sekolah through the bell, and shows every rubric to anyone signed in", async () => {
    const page = await freshPage(h, PHONE);
    await signIn(page, h.url, "kepsek.demo");
    await page.getByRole("heading", { name: "Kinerja Saya" }).waitFor();
    // Budi's submit from the first test is waiting in the bell.
    await page.getByRole("button", { name: /^Notifikasi: [1-9]\d* belum dibaca$/ }).click();
    const item = page.getByRole("button", { name: /Budi Santoso, S\.Pd\. mengajukan perencanaan kinerja/ });
    await item.waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, "planning-notifications-360.png"), animations: "disabled" });
    await item.click();
    await page.waitForURL(/\/pegawai\/perencanaan\/[0-9a-f-]+$/);
    await page.goto(`${h.url}/perencanaan/notifikasi`);
    await page.getByRole("heading", { name: "Notifikasi" }).waitFor();
    await page.getByRole("button", { name: /Budi Santoso, S\.Pd\. mengajukan perencanaan kinerja/ }).waitFor();
    await fitsPhone(page);

    await page.goto(`${h.url}/perencanaan/rubrik`);
    await page.getByRole("heading", { name: "Rubrik indikator" }).waitFor();
    await page.getByRole("button", { name: "Aktivitas interaktif" }).click();
    await page.getByText("Perilaku yang perlu dihindari (−)").filter({ visible: true }).first().waitFor();
    await page.getByRole("tab", { name: "Kepala Sekolah" }).click();
    await page.getByRole("button", { name: "Presentasi visi-misi satuan pendidikan" }).click();
    await page.getByText("Contoh bukti").filter({ visible: true }).first().waitFor();
    await fitsPhone(page);
    await screenshot(page, "planning-rubrik-360");
    await page.close();
  });

  it("lays the plan out beside a vertical stepper on a desktop", async () => {
    const page = await freshPage(h, DESKTOP);
    await signIn(page, h.url, "guru.demo");
    await page.getByRole("link", { name: "Lihat perencanaan" }).click();
    await page.getByRole("heading", { name: "Rangkuman", exact: true }).waitFor();
    await page.getByRole("button", { name: "Praktik pembelajaran" }).click();
    await page.getByRole("heading", { name: "Praktik pembelajaran", exact: true }).waitFor();
    await screenshot(page, "planning-guru-1280-praktik");
    await page.close();
  });
});
