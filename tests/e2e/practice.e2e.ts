import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DESKTOP, fitsPhone, freshPage, type Harness, PHONE, screenshot, signIn, startHarness } from "./helpers.js";

/** From "Perlu disetujui" to a teacher's practice page, as the KS does it. */
async function openPractice(page: Page, name: string): Promise<void> {
  await page.goto(`${new URL(page.url()).origin}/pegawai/perencanaan`);
  await page.getByRole("heading", { name: "Perlu disetujui" }).waitFor();
  await page.getByText(name).click();
  await page.getByRole("heading", { name }).waitFor();
  await page.getByRole("link", { name: "Buka praktik kinerja" }).click();
  await page.getByRole("heading", { name: "Praktik Kinerja" }).waitFor();
}

describe("Praktik Kinerja: the KS confirms a schedule and observes a lesson", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it("kepsek on a phone sees the upcoming observations, to confirm and confirmed, with a calendar file", async () => {
    const page = await freshPage(h, PHONE);
    await signIn(page, h.url, "kepsek.demo");
    await page.getByRole("heading", { name: "Kinerja Saya" }).waitFor();
    await page.getByRole("button", { name: "Buka menu" }).click();
    await page.getByRole("link", { name: "Jadwal observasi" }).click();
    await page.getByRole("heading", { name: "Jadwal observasi" }).waitFor();
    const fajar = page.locator(".mantine-Card-root", { hasText: "Fajar Nugroho" });
    await fajar.getByText("Perlu dikonfirmasi").waitFor();
    await page.locator(".mantine-Card-root", { hasText: "Gita Permata" }).getByText("Terkonfirmasi").waitFor();
    const ics = await page.request.get(`${h.url}/api/practice/observations.ics`);
    expect(await ics.text()).toContain("SUMMARY:Observasi: Fajar Nugroho");
    await fitsPhone(page);
    await screenshot(page, "practice-jadwal-360");
    // The month view: both are on the same day; tapping it lists them.
    await page.getByText("Kalender", { exact: true }).click();
    const day = page.getByRole("button", { name: /: 2 observasi$/ });
    await day.click();
    await page.locator(".mantine-Card-root", { hasText: "Gita Permata" }).waitFor();
    await fitsPhone(page);
    await screenshot(page, "practice-jadwal-kalender-360");
    // A calendar subscription: a secret address, shown once, that a calendar app reads without signing in.
    await page.getByRole("button", { name: "Buat alamat langganan" }).click();
    const address = await page.getByLabel("Alamat kalender").inputValue();
    expect(address).toMatch(/\/api\/feeds\/[A-Za-z0-9_-]{32}\/observasi\.ics$/);
    const feed = await fetch(`${h.url}${new URL(address).pathname}`);
    expect(await feed.text()).toContain("SUMMARY:Observasi: Fajar Nugroho");
    await page.getByRole("button", { name: "Buat alamat baru" }).waitFor();
    await fitsPhone(page);
    await screenshot(page, "practice-jadwal-langganan-360");
  });

  it("kepsek on a phone observes Gita's lesson, then rates the follow-up, which opens her tindak lanjut", async () => {
    const page = await freshPage(h, PHONE);
    await signIn(page, h.url, "kepsek.demo");
    await page.getByRole("heading", { name: "Kinerja Saya" }).waitFor();
    await openPractice(page, "Gita Permata, S.Pd.");
    await page.getByText("Menunggu Anda").waitFor();
    await page.getByText("bukan nilai akhir", { exact: false }).first().waitFor();
    await fitsPhone(page);
    await screenshot(page, "practice-observasi-360");

    for (const [code, level] of [
      ["umpan-balik-spesifik", "Dilakukan tapi belum efektif"],
      ["diskusi-umpan-balik", "Dilakukan dan efektif"],
    ] as const) {
      const card = page.getByTestId(`observe-${code}`);
      await card.getByLabel(level).check();
      await card
        .getByLabel("Catatan bukti perilaku")
        .fill("Guru menanggapi jawaban murid; murid memperbaiki pekerjaannya setelah diberi masukan.");
    }
    await page.locator('[data-save-state="saved"]').waitFor();
    await page.getByRole("button", { name: "Selesaikan observasi" }).click();
    await page.getByRole("heading", { name: "Rating tindak lanjut" }).waitFor();
    // The Select's input (its listbox carries the same label).
    await page.getByLabel("Rating tindak lanjut", { exact: true }).first().click();
    await page.getByRole("option", { name: "Sadar kesulitan", exact: true }).click();
    await page.locator('[data-save-state="saved"]').waitFor();
    await page.getByRole("button", { name: "Simpan rating tindak lanjut" }).click();
    await page.getByText("Menunggu guru").waitFor();
    await fitsPhone(page);
    await screenshot(page, "practice-observasi-done-360");
  });

  it("kepsek on a desktop confirms Fajar's observation schedule", async () => {
    const page = await freshPage(h, DESKTOP);
    await signIn(page, h.url, "kepsek.demo");
    await page.getByRole("heading", { name: "Kinerja Saya" }).waitFor();
    await openPractice(page, "Fajar Nugroho, S.Pd.");
    await page.getByText("V A", { exact: false }).first().waitFor();
    await screenshot(page, "practice-persiapan-desktop");
    await page.getByRole("button", { name: "Konfirmasi jadwal" }).click();
    // Confirmed: the persiapan is done and the page moves on to the observation, the KS's turn.
    await page.getByRole("heading", { name: "Observasi", exact: true }).waitFor();
    await page.getByText("Selesai", { exact: true }).first().waitFor();
    await screenshot(page, "practice-observasi-desktop");
  });

  it("in English, kepsek on a phone reads Hadi's observation and the path in English", async () => {
    const page = await freshPage(h, PHONE);
    await signIn(page, h.url, "kepsek.demo");
    await page.getByRole("heading", { name: "Kinerja Saya" }).waitFor();
    await page.getByText("EN", { exact: true }).click();
    await page.goto(`${h.url}/pegawai/perencanaan`);
    await page.getByText("Hadi Saputra, S.Pd.").click();
    await page.getByRole("link", { name: "Open performance practice" }).click();
    await page.getByRole("heading", { name: "Performance practice" }).waitFor();
    await page.getByText("Waiting for you").waitFor();
    await page.getByRole("heading", { name: "Follow-up rating" }).waitFor();
    await page.getByText("not a final score", { exact: false }).first().waitFor();
    await fitsPhone(page);
    await screenshot(page, "practice-observasi-360-en");
  });
});
