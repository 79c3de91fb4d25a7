import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DESKTOP, freshPage, type Harness, PHONE, screenshot, signIn, startHarness } from "./helpers.js";

const RAPOR_CSV = fileURLToPath(new URL("../../examples/rapor-pendidikan.csv", import.meta.url));
const RAPOR_DISTRICT_CSV = fileURLToPath(new URL("../../examples/rapor-pendidikan-dinas.csv", import.meta.url));

const fitsPhone = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

/** The status badge of the open plan (exact text, so the history's "A → B" lines do not match). */
const statusBadge = (page: Page, label: string) => page.getByText(label, { exact: true }).first();

describe("Perlu disetujui: the atasan reviews plans", () => {
  let h: Harness;
  let aniPlanPath = "";
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it("kepsek on a phone returns Ani's plan with a coaching note", async () => {
    const page = await freshPage(h, PHONE);
    await signIn(page, h.url, "kepsek.demo");
    await page.getByRole("heading", { name: "Kinerja Saya" }).waitFor();
    await page.getByRole("button", { name: "Buka menu" }).click();
    await page.getByRole("link", { name: "Perlu disetujui" }).click();
    await page.getByRole("heading", { name: "Perlu disetujui" }).waitFor();
    await page.getByTestId("count-submitted").filter({ hasText: /^2$/ }).waitFor();
    expect(await page.getByTestId("count-approved").textContent()).toBe("1");
    await page.getByText("sebagai Kepala Sekolah").first().waitFor();
    await fitsPhone(page);
    await screenshot(page, "review-queue-360");

    await page.getByText("Ani Suryani, S.Pd.").click();
    await page.getByRole("heading", { name: "Ani Suryani, S.Pd." }).waitFor();
    aniPlanPath = new URL(page.url()).pathname;
    expect(aniPlanPath).toMatch(/^\/pegawai\/perencanaan\/[0-9a-f-]{36}$/);
    const rubric = page.getByRole("complementary", { name: "Rubrik" });
    await rubric.getByText("Rubrik: Keteraturan suasana kelas").waitFor();
    await rubric.getByText("Menggunakan komunikasi positif", { exact: false }).first().waitFor();
    await rubric.getByText("Perilaku yang perlu dihindari (−)").first().waitFor();
    await fitsPhone(page);
    await screenshot(page, "review-plan-360");

    await page.getByRole("button", { name: "Kembalikan" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Catatan untuk pegawai").fill("Perbaiki");
    await dialog.getByRole("button", { name: "Kembalikan" }).click();
    await dialog.getByText("Tuliskan catatan untuk pegawai (minimal 10 karakter)", { exact: false }).waitFor();
    await screenshot(page, "review-return-error-360");
    await dialog
      .getByLabel("Catatan untuk pegawai")
      .fill("Indikatornya sudah tepat. Tambahkan jadwal observasi yang disepakati bersama.");
    await dialog.getByRole("button", { name: "Kembalikan" }).click();
    await dialog.waitFor({ state: "detached" });
    await statusBadge(page, "Dikembalikan").waitFor();
    await page.getByText("Dikembalikan dengan catatan").waitFor();
    await screenshot(page, "review-returned-360");
    await page.close();
  });

  it("kepsek on desktop approves Bambang's plan; the rubric sits beside the plan", async () => {
    const page = await freshPage(h, DESKTOP);
    await signIn(page, h.url, "kepsek.demo");
    await page.getByRole("heading", { name: "Kinerja Saya" }).waitFor();
    await page.getByRole("link", { name: "Perlu disetujui" }).click();
    await page.getByTestId("count-submitted").filter({ hasText: /^1$/ }).waitFor();
    await page.getByTestId("count-returned").filter({ hasText: /^1$/ }).waitFor();
    await screenshot(page, "review-queue-1280");

    await page.getByRole("link", { name: "Bambang Prasetyo, S.Pd." }).click();
    await page.getByRole("heading", { name: "Bambang Prasetyo, S.Pd." }).waitFor();
    const rubric = page.getByRole("complementary", { name: "Rubrik" });
    await rubric.getByText("Rubrik: Aktivitas interaktif").waitFor();
    // Beside, not below: the rubric starts level with the chosen indicator.
    const chosen = await page.getByText("Indikator yang dipilih").boundingBox();
    const aside = await rubric.boundingBox();
    expect(aside && chosen && aside.x > chosen.x + 200).toBe(true);
    await screenshot(page, "review-plan-1280");

    await page.getByRole("button", { name: "Setujui", exact: true }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("Setujui rencana ini?").waitFor();
    await dialog.getByRole("button", { name: "Setujui", exact: true }).click();
    await dialog.waitFor({ state: "detached" });
    await statusBadge(page, "Disetujui").waitFor();
    expect(await page.getByRole("button", { name: "Setujui", exact: true }).count()).toBe(0);

    // Pegawai Saya links each person to their review page and shows the plan status.
    await page.getByRole("link", { name: "Pegawai Saya" }).click();
    const table = page.getByRole("table");
    await table.getByRole("cell", { name: "Bambang Prasetyo, S.Pd." }).waitFor();
    await table.getByRole("link", { name: "Ani Suryani, S.Pd." }).click();
    await page.getByRole("heading", { name: "Ani Suryani, S.Pd." }).waitFor();
    expect(new URL(page.url()).pathname).toBe(aniPlanPath);
    await page.close();
  });

  it("the Plt sees the SMP teachers as Plt Kepala Sekolah", async () => {
    const page = await freshPage(h, PHONE);
    await signIn(page, h.url, "plt.demo");
    await page.getByRole("heading", { name: "Kinerja Saya" }).waitFor();
    await page.goto(`${h.url}/pegawai/perencanaan`);
    await page.getByRole("heading", { name: "Perlu disetujui" }).waitFor();
    await page.getByText("Kartika Sari, S.Pd.").waitFor();
    await page.getByText("sebagai Plt Kepala Sekolah").first().waitFor();
    expect(await page.getByText("Ani Suryani, S.Pd.").count()).toBe(0);
    await fitsPhone(page);
    await screenshot(page, "review-queue-plt-360");
    await page.getByText("Kartika Sari, S.Pd.").click();
    await page.getByText("Anda bertindak sebagai Plt Kepala Sekolah").waitFor();
    await screenshot(page, "review-plan-plt-360");
    await page.close();
  });

  it("the school operator may not open a plan", async () => {
    const page = await freshPage(h, PHONE);
    await signIn(page, h.url, "operator.demo");
    await page.getByRole("heading", { name: "Sekolah" }).waitFor();
    // A district setting the operator may not change is not shown to them.
    expect(await page.getByLabel("Zona waktu dinas").count()).toBe(0);
    // The operator works on their school's data, under a heading that says so.
    await page.getByRole("button", { name: "Buka menu" }).click();
    const heading = page.getByText("Data sekolah", { exact: true });
    // The menu slides in: wait until the heading sits on the screen.
    await expect.poll(async () => (await heading.boundingBox())?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect(await page.getByText("Admin dinas", { exact: true }).count()).toBe(0);
    await screenshot(page, "operator-menu-360");
    await page.getByRole("button", { name: "Buka menu" }).click();
    // Nor buttons the server would refuse: the principal's account is the district admin's.
    await page.getByText("SD Negeri 1 Contoh").first().click();
    await page.getByRole("button", { name: "Atur ulang kata sandi Budi Santoso, S.Pd." }).waitFor();
    expect(await page.getByRole("button", { name: "Atur ulang kata sandi Siti Rahmawati, S.Pd., M.Pd." }).count()).toBe(
      0,
    );
    expect(await page.getByRole("button", { name: "Ubah Siti Rahmawati, S.Pd., M.Pd." }).count()).toBe(0);
    await screenshot(page, "operator-school-360");
    await page.goto(`${h.url}${aniPlanPath}`);
    await page.getByText("Akses ditolak").waitFor();
    await page.getByText("Anda tidak memiliki akses untuk tindakan ini.").waitFor();
    await screenshot(page, "review-forbidden-360");
    await page.close();
  });
  it("the admin uploads Rapor Pendidikan results and sees the recommendation", async () => {
    const page = await freshPage(h, PHONE);
    await signIn(page, h.url, "dinas.demo");
    await page.getByRole("heading", { name: "Sekolah" }).waitFor();
    await page.getByRole("button", { name: "Buka menu" }).click();
    await page.getByRole("link", { name: "Rapor Pendidikan" }).click();
    await page.getByRole("heading", { name: "Rapor Pendidikan" }).waitFor();
    // The school picker searches the server (a district may have thousands of schools).
    await page.getByRole("combobox", { name: "Sekolah" }).click();
    await page.getByRole("option", { name: "SD Negeri 1 Contoh (20100001)" }).click();
    // The school's upload first; below it the admin's district file.
    const file = page.locator("input[type=file]").first();
    const broken = "npsn,indikator,nilai\n20100001,Keteraturan suasana kelas,178\n20100002,Aktivitas interaktif,50\n";
    await file.setInputFiles({ name: "rusak.csv", mimeType: "text/csv", buffer: Buffer.from(broken) });
    await page.getByRole("button", { name: "Unggah dan ganti hasil" }).click();
    await page.getByText("Berkas belum bisa diimpor").waitFor();
    await page.getByRole("cell", { name: "3", exact: true }).waitFor();
    await fitsPhone(page);
    await screenshot(page, "review-admin-rapor-errors-360");
    await file.setInputFiles(RAPOR_CSV);
    await page.getByRole("button", { name: "Unggah dan ganti hasil" }).click();
    await page.getByText("Hasil Rapor Pendidikan diperbarui (8 indikator).").waitFor();
    const rec = page.getByRole("alert").filter({ hasText: "Indikator yang direkomendasikan" });
    await rec.getByText("Umpan balik konstruktif").waitFor();
    await fitsPhone(page);
    await screenshot(page, "review-admin-rapor-360");
    // One district file, an NPSN per row; its example is a download, not a path in the repository.
    const example = page.getByRole("link", { name: "Unduh contoh berkas dinas (CSV)" });
    expect(await example.getAttribute("href")).toBe("/api/examples/rapor-pendidikan-dinas.csv");
    await page.locator("input[type=file]").nth(1).setInputFiles(RAPOR_DISTRICT_CSV);
    await page.getByRole("button", { name: "Unggah berkas dinas" }).click();
    await page.getByText("Hasil Rapor Pendidikan 2 sekolah diperbarui (16 baris).").waitFor();
    await fitsPhone(page);
    await screenshot(page, "review-admin-rapor-district-360");
    await page.close();
  });

  it("the admin extends planning for one person and creates an account", async () => {
    const page = await freshPage(h, DESKTOP);
    await signIn(page, h.url, "dinas.demo");
    await page.getByRole("link", { name: "Periode" }).click();
    await page.getByText(/Periode Demo · Aturan 2025/).click();
    await page.getByRole("heading", { name: "Perpanjangan per sekolah atau pegawai", exact: false }).waitFor();
    await page.getByRole("button", { name: "Perpanjang untuk sekolah / pegawai" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByPlaceholder("Ketik nama untuk mencari").fill("Dedi");
    await page.getByRole("option", { name: /Dedi Kurniawan/ }).click();
    await dialog.getByLabel("Alasan perpanjangan").fill("Baru kembali dari cuti melahirkan");
    await screenshot(page, "review-admin-extension-form-1280");
    await dialog.getByRole("button", { name: "Simpan" }).click();
    await dialog.waitFor({ state: "detached" });
    await page
      .getByRole("cell", { name: /Dedi Kurniawan, S\.Pd\./ })
      .first()
      .waitFor();
    await page.getByText("Baru kembali dari cuti melahirkan").waitFor();
    await screenshot(page, "review-admin-extension-1280");

    await page.getByRole("link", { name: "Koreksi data" }).click();
    await page.getByRole("heading", { name: "Koreksi data" }).waitFor();
    await screenshot(page, "review-admin-corrections-1280");

    await page.getByRole("link", { name: "Sekolah", exact: true }).click();
    await page.getByText("SD Negeri 1 Contoh").click();
    await page.getByRole("button", { name: "Buat akun Ani Suryani, S.Pd." }).click();
    const confirm = page.getByRole("dialog");
    await confirm.getByRole("button", { name: "Buat akun" }).click();
    await confirm.getByText("Kata sandi sementara").waitFor();
    expect(((await confirm.locator("code").textContent()) ?? "").trim().length).toBeGreaterThanOrEqual(10);
    await screenshot(page, "review-admin-account-1280");
    await confirm.getByRole("button", { name: "Tutup", exact: true }).click();
    await page.getByRole("button", { name: "Atur ulang kata sandi Ani Suryani, S.Pd." }).waitFor();
    await page.close();
  });
});
