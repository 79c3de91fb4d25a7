import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  apiAs,
  DESKTOP,
  fitsPhone,
  freshPage,
  type Harness,
  PHONE,
  screenshot,
  signIn,
  signOut,
  startHarness,
} from "./helpers.js";

const NEW_NIP = "199001012015031099";
const EXAMPLE_CSV = fileURLToPath(new URL("../../examples/staff-import.csv", import.meta.url));

describe("admin pages and the first sign-in of a new account", () => {
  let h: Harness;
  let temporaryPassword = "";
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it("an admin adds a teacher on a phone and gets a one-time password", async () => {
    const page = await freshPage(h, PHONE);
    await signIn(page, h.url, "dinas.demo");
    await page.getByRole("heading", { name: "Sekolah" }).waitFor();
    await page.getByText("SD Negeri 1 Contoh").click();
    await page.getByRole("heading", { name: "SD Negeri 1 Contoh" }).waitFor();
    await screenshot(page, "admin-school-360");
    await page.getByRole("button", { name: "Tambah guru" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Nama lengkap").fill("Wulan Safitri, S.Pd.");
    await dialog.getByLabel("NIP").fill("123");
    await dialog.getByRole("button", { name: "Simpan" }).click();
    await dialog.getByText("NIP harus 18 digit angka").waitFor();
    await dialog.getByLabel("NIP").fill(NEW_NIP);
    await dialog.getByRole("button", { name: "Simpan" }).click();
    await dialog.getByText("Kata sandi sementara").waitFor();
    temporaryPassword = ((await dialog.locator("code").textContent()) ?? "").trim();
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(10);
    await screenshot(page, "admin-temp-password-360");
    await dialog.getByRole("button", { name: "Tutup", exact: true }).click();
    await page.getByText("Wulan Safitri, S.Pd.").first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await signOut(page);
    await page.close();
  });

  it("the new teacher must change the temporary password first", async () => {
    const page = await freshPage(h, PHONE);
    await signIn(page, h.url, NEW_NIP, temporaryPassword);
    await page.getByRole("heading", { name: "Ganti kata sandi" }).waitFor();
    await page.getByLabel("Kata sandi saat ini").fill(temporaryPassword);
    await page.getByLabel("Kata sandi baru", { exact: false }).first().fill("rahasia-baru-123");
    await page.getByLabel("Ulangi kata sandi baru").fill("rahasia-baru-123");
    await screenshot(page, "change-password-360");
    await page.getByRole("button", { name: "Simpan kata sandi baru" }).click();
    await page.getByRole("heading", { name: "Kinerja Saya" }).waitFor();
    await screenshot(page, "home-new-teacher-360");
    await page.close();
  });

  it("an admin sees periods, the cycles table, assignments and the import page on desktop", async () => {
    const page = await freshPage(h, DESKTOP);
    await signIn(page, h.url, "dinas.demo");
    await page.getByRole("link", { name: "Periode" }).click();
    // The district's time zone sits with the schedules it governs.
    expect(await page.getByLabel("Zona waktu dinas").inputValue()).toBe("Asia/Jakarta");
    await page.getByText(/Periode Demo · Aturan 2025/).click();
    await page.getByRole("heading", { name: "Semua siklus", exact: false }).waitFor();
    await page.getByRole("cell", { name: "Budi Santoso, S.Pd." }).first().waitFor();
    await screenshot(page, "admin-period-1280");
    await page.getByRole("link", { name: "Penugasan" }).click();
    await page.getByRole("cell", { name: "Dewi Lestari, S.Pd." }).first().waitFor();
    await screenshot(page, "admin-assignments-1280");
    // A search that finds nothing says so, not "no assignments yet".
    await page.getByRole("searchbox", { name: "Cari nama, NIP atau sekolah" }).fill("zzqx");
    await page.getByText("Tidak ada penugasan yang cocok dengan pencarian atau pilihan jabatan.").waitFor();
    expect(await page.getByText("Belum ada penugasan.").count()).toBe(0);
    await page.getByRole("link", { name: "Impor data" }).click();
    await page.getByRole("button", { name: "Periksa" }).waitFor();
    await screenshot(page, "admin-import-1280");
    await page.getByRole("link", { name: "Periode" }).click();
    await page.getByRole("button", { name: "Buka periode" }).click();
    await page.getByRole("dialog").getByLabel("Tahun").fill("2031");
    // The year refills every date, shown the Indonesian way (the value sent stays ISO).
    const planningCloses = page.getByRole("dialog").getByLabel("Perencanaan ditutup");
    await expect.poll(() => planningCloses.inputValue()).toMatch(/^\d{1,2} \p{L}+ 2031$/u);
    await screenshot(page, "admin-open-period-1280");
    await page.close();
  });

  it("an admin on a phone appoints a Plt kepala sekolah and checks the period", async () => {
    const page = await freshPage(h, PHONE);
    await signIn(page, h.url, "dinas.demo");
    await page.getByRole("heading", { name: "Sekolah" }).waitFor();
    await page.getByRole("button", { name: "Buka menu" }).click();
    await page.getByRole("link", { name: "Penugasan" }).click();
    await page.getByRole("heading", { name: "Penugasan" }).waitFor();
    await page.getByRole("button", { name: "Tambah penugasan" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel(/^Pegawai/).fill("Joko");
    await page.getByRole("option", { name: /Joko Susilo/ }).click();
    await dialog.getByLabel(/^Sekolah/).click();
    await page.getByRole("option", { name: "SMP Negeri 2 Contoh" }).click();
    await dialog.getByLabel("Plt (pelaksana tugas) kepala sekolah").check();
    await screenshot(page, "admin-add-assignment-360");
    await dialog.getByRole("button", { name: "Simpan" }).click();
    // SMP Negeri 2 already has a Plt (Dewi Lestari): the server refuses a second one for the same dates.
    await dialog.getByText(/sudah punya kepala sekolah dengan status yang sama.*Dewi Lestari/).waitFor();
    await dialog.getByLabel(/^Sekolah/).click();
    await page.getByRole("option", { name: "SD Negeri 1 Contoh" }).click();
    await dialog.getByRole("button", { name: "Simpan" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByText("Joko Susilo, S.Pd.").first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, "admin-assignments-360");

    await page.getByRole("button", { name: "Buka menu" }).click();
    await page.getByRole("link", { name: "Periode" }).click();
    await page.getByText(/Periode Demo · Aturan 2025/).click();
    await page.getByRole("heading", { name: "Semua siklus", exact: false }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, "admin-period-360");
    await page.close();
  });

  it("an admin imports a CSV on a phone: problems per line first, then counts and new accounts", async () => {
    const page = await freshPage(h, PHONE);
    await signIn(page, h.url, "dinas.demo");
    await page.getByRole("heading", { name: "Sekolah" }).waitFor();
    await page.goto(`${h.url}/admin/impor`);
    const fileInput = page.locator("input[type=file]");
    const broken = "npsn,nama_sekolah,jenjang,nip,nama,status_kepegawaian,peran\n123,SD Rusak,SD,1985,Ana,PNS,guru\n";
    await fileInput.setInputFiles({ name: "rusak.csv", mimeType: "text/csv", buffer: Buffer.from(broken) });
    await page.getByRole("button", { name: "Periksa" }).click();
    await page.getByText("Berkas belum bisa diimpor").waitFor();
    await page.getByRole("cell", { name: "npsn" }).first().waitFor();
    await screenshot(page, "admin-import-errors-360");

    await fileInput.setInputFiles(EXAMPLE_CSV);
    await page.getByRole("button", { name: "Periksa" }).click();
    await page.getByText("Berkas siap diimpor", { exact: false }).waitFor();
    await page.getByRole("button", { name: "Impor" }).click();
    await page.getByText("Impor selesai.").waitFor();
    await page.getByText("Akun baru dan kata sandi sementara", { exact: false }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, "admin-import-done-360");
    await page.close();
  });

  it("an operator closes a data correction without a change: the guru's home says so, with the note", async () => {
    const guru = await apiAs(h, "guru.demo");
    // A long URL in the note wraps instead of widening the page (body overflow-wrap), checked by fitsPhone.
    const url =
      "https://bkpsdm.contoh.go.id/dokumen/sk-kenaikan-pangkat/2025/04/penetapan-pangkat-penata-III-c-budi-santoso";
    await guru.call("POST", "/api/me/profile-corrections", { note: `Pangkat saya seharusnya Penata / III-c: ${url}` });
    const page = await freshPage(h, PHONE);
    await signIn(page, h.url, "operator.demo");
    await page.getByRole("button", { name: "Buka menu" }).click();
    await page.getByRole("link", { name: "Koreksi data" }).click();
    await page
      .getByRole("button", { name: /^Tandai selesai/ })
      .first()
      .click();
    const dialog = page.getByRole("dialog");
    // The person's data beside the report, and the way to change it (the person update and its policy).
    await dialog.getByText("Data pegawai ini belum diubah sejak laporan dikirim.", { exact: false }).waitFor();
    await dialog.getByRole("button", { name: "Ubah data pegawai" }).waitFor();
    await fitsPhone(page);
    await screenshot(page, "admin-correction-resolve-360");
    await dialog.getByLabel("Catatan penyelesaian").fill("Sesuai SK terakhir, pangkat Anda masih III-b.");
    await dialog.getByRole("button", { name: "Tandai selesai" }).click();
    await dialog.waitFor({ state: "detached" });
    await signOut(page);
    await signIn(page, h.url, "guru.demo");
    const outcome = page.getByTestId("correction-outcome");
    await outcome.getByText("menandai laporan Anda selesai tanpa mengubah data", { exact: false }).waitFor();
    await outcome.getByText("Sesuai SK terakhir, pangkat Anda masih III-b.", { exact: false }).waitFor();
    await fitsPhone(page);
    await outcome.screenshot({
      path: `${fileURLToPath(new URL("../../test-results/", import.meta.url))}guru-correction-outcome-360.png`,
    });
    await page.close();
  });

  it("an operator changes the data from the correction: the guru sees the new data and the note", async () => {
    const guru = await apiAs(h, "guru.demo");
    await guru.call("POST", "/api/me/profile-corrections", { note: "Pangkat saya sudah Penata / III-c sejak April." });
    const page = await freshPage(h, DESKTOP);
    await signIn(page, h.url, "operator.demo");
    await page.getByRole("link", { name: "Koreksi data" }).click();
    await page.getByRole("button", { name: /^Tandai selesai/ }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Ubah data pegawai" }).click();
    const edit = page.getByRole("dialog", { name: /^Ubah data Budi Santoso/ });
    await edit.getByLabel("Pangkat/golongan").fill("Penata / III-c");
    await edit.getByRole("button", { name: "Simpan" }).click();
    // Back in the correction, which now knows the data was changed.
    const dialog = page.getByRole("dialog", { name: /Budi Santoso/ });
    await dialog.getByText("Data pegawai sudah diubah sejak laporan dikirim.").waitFor();
    await dialog.getByLabel("Catatan penyelesaian").fill("Pangkat diperbarui sesuai SK April.");
    await dialog.getByRole("button", { name: "Tandai selesai" }).click();
    await dialog.waitFor({ state: "detached" });
    await signOut(page);
    await signIn(page, h.url, "guru.demo");
    const outcome = page.getByTestId("correction-outcome");
    await outcome.getByText("memperbarui data Anda sesuai laporan", { exact: false }).waitFor();
    await outcome.getByText("Pangkat diperbarui sesuai SK April.", { exact: false }).waitFor();
    await page.getByText("Penata / III-c", { exact: true }).waitFor();
    await page.close();
  });
});
