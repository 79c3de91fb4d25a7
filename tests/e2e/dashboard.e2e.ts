import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DESKTOP, fitsPhone, freshPage, type Harness, PHONE, screenshot, signIn, startHarness } from "./helpers.js";

// Issue 10 §4: the dashboards, drawn with recharts (fetched with the page, never on first load).

/** Every script the page fetched from now on, by path. */
function scripts(page: Page): string[] {
  const seen: string[] = [];
  page.on("response", (r) => {
    if (r.request().resourceType() === "script") seen.push(new URL(r.url()).pathname);
  });
  return seen;
}

/** A table row's cells, as text. */
const cells = (row: Locator) => row.locator("td").allTextContents();

/** Through the menu (a phone opens it first), then wait until the page's data and chart are drawn. */
async function openDashboard(page: Page, phone: boolean) {
  if (phone) await page.getByRole("button", { name: "Buka menu" }).click();
  await page.getByRole("link", { name: "Dasbor" }).click();
  await page.getByRole("heading", { name: "Dasbor", exact: true }).waitFor();
  await page.locator("[data-testid=stacked-bars] .recharts-bar-rectangle").first().waitFor();
  // The phone menu closes with a slide: wait until nothing moves before looking at the page.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
}

describe("dashboards (issue 10 §4)", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it("kepsek.demo sees her teachers' progress on a 360 px phone, and what waits on her", async () => {
    const page = await freshPage(h, PHONE);
    const seen = scripts(page);
    await signIn(page, h.url, "kepsek.demo");
    await page.getByRole("heading", { name: "Kinerja Saya" }).waitFor();
    expect(seen.join(" ")).not.toMatch(/charts|DashboardPage/);
    await openDashboard(page, true);
    expect(seen.join(" ")).toMatch(/charts-/);

    const school = page.getByTestId("school-dashboard");
    await school.getByRole("heading", { name: "SD Negeri 1 Contoh" }).waitFor();
    await school.getByRole("heading", { name: "Kemajuan guru" }).waitFor();
    // The demo: Eka writes her persiapan; Fajar's schedule, Gita's observation and Hadi's follow-up
    // rating wait on the KS; four plans are still in planning, two of them handed in.
    // On a phone the numbers are lines under the chart, one per step.
    const steps = school.getByRole("list", { name: "Kemajuan guru" });
    await steps.getByRole("listitem").filter({ hasText: "Rencana: Menunggu persetujuan" }).waitFor();
    const persiapan = steps.getByRole("listitem").filter({ hasText: "Dokumen Persiapan" });
    // Eka writes hers, Fajar's waits on the KS; nobody is stuck, so "Tidak ada tindakan" is left out.
    await persiapan.getByText("Guru 1 · Kepala sekolah 1 · Jumlah 2", { exact: true }).waitFor();
    const waiting = school.getByTestId("waiting");
    await waiting.getByRole("link", { name: "Fajar Nugroho, S.Pd." }).waitFor();
    await waiting.getByRole("link", { name: "Gita Permata, S.Pd." }).waitFor();
    await school.getByTestId("overdue").getByText("Tidak ada yang terlambat.").waitFor();
    await fitsPhone(page);
    await screenshot(page, "dashboard-ks-360");

    await waiting.getByRole("link", { name: "Fajar Nugroho, S.Pd." }).click();
    await page.waitForURL(/\/praktik\/[0-9a-f-]+$/);
    await page.close();
  });

  it("kadis.demo sees the schools' progress and the indicators on a 360 px phone", async () => {
    const page = await freshPage(h, PHONE);
    await signIn(page, h.url, "kadis.demo");
    await page.getByRole("button", { name: "Buka menu" }).waitFor();
    await openDashboard(page, true);

    const district = page.getByTestId("district-dashboard");
    await district.getByRole("heading", { name: "Kemajuan sekolah" }).waitFor();
    const schools = district.getByRole("list", { name: "Kemajuan sekolah" });
    // The largest school first: SD Negeri 1 Contoh has the KS and most of the teachers.
    await expect.poll(() => schools.getByRole("listitem").first().textContent()).toMatch(/^SD Negeri 1 Contoh/);
    await schools.getByRole("listitem").filter({ hasText: "SMP Negeri 2 Contoh" }).waitFor();

    const practice = district.getByRole("list", { name: "Indikator praktik guru" });
    // Ani's and Bambang's plans are handed in, Citra's approved, five agreed on umpan balik (Eka,
    // Fajar, Gita and Hadi in practice, Indah waiting for her penilaian).
    const item = (name: string) => practice.getByRole("listitem").filter({ hasText: name });
    await item("Umpan balik konstruktif").getByText("Disepakati 5 · Diajukan atau disetujui 1 · Jumlah 6").waitFor();
    await item("Aktivitas interaktif").getByText("Disepakati 0 · Diajukan atau disetujui 1 · Jumlah 1").waitFor();
    const results = district.getByRole("link", { name: "Distribusi predikat dan finalisasi" });
    expect(await results.getAttribute("href")).toBe("/hasil-penilaian");
    await fitsPhone(page);
    await screenshot(page, "dashboard-kadis-360");

    // By plan status, then searched on the server.
    await district.getByText("Status rencana").click();
    await schools
      .getByRole("listitem")
      .first()
      .getByText(/Belum mulai \d+ · /)
      .waitFor();
    await district.getByRole("searchbox", { name: "Cari sekolah (nama atau NPSN)" }).fill("SMP");
    await expect.poll(() => schools.getByRole("listitem").count()).toBe(1);
    expect(await schools.getByRole("listitem").first().textContent()).toMatch(/^SMP Negeri 2 Contoh/);
    await fitsPhone(page);
    await screenshot(page, "dashboard-kadis-status-360");
    await page.close();
  });

  it("kadis.demo sees the same at desktop width", async () => {
    const page = await freshPage(h, DESKTOP);
    await signIn(page, h.url, "kadis.demo");
    await openDashboard(page, false);
    const district = page.getByTestId("district-dashboard");
    await district.getByRole("heading", { name: "Indikator yang dipilih" }).waitFor();
    await district.getByRole("heading", { name: "Indikator kepemimpinan kepala sekolah" }).waitFor();
    // On a wide screen the numbers are small tables.
    const schools = district.getByRole("table", { name: "Kemajuan sekolah" });
    // Planning, pelaksanaan, penilaian (Indah), total.
    expect(await cells(schools.getByRole("row").nth(1))).toEqual(["SD Negeri 1 Contoh", "6", "4", "1", "11"]);
    const practice = district.getByRole("table", { name: "Indikator praktik guru" });
    expect(await cells(practice.getByRole("row", { name: /Umpan balik konstruktif/ }))).toEqual([
      "Umpan balik konstruktif",
      "5",
      "1",
      "6",
    ]);
    await screenshot(page, "dashboard-kadis-desktop");
    await page.close();
  });
});
