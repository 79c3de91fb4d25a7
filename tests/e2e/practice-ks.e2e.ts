import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfBytes } from "../helpers/factories-planning.js";
import { realMp4 } from "../helpers/sample-files.js";
import {
  type Api,
  agreePlan,
  apiAs,
  fitsPhone,
  freshPage,
  type Harness,
  PHONE,
  screenshot,
  signIn,
  startHarness,
} from "./helpers.js";

async function choose(
  page: Page,
  button: ReturnType<Page["getByRole"]>,
  file: { name: string; mimeType: string; buffer: Buffer },
) {
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), button.click()]);
  await chooser.setFiles(file);
}

// kepsek.demo's own practice (a leadership indicator), observed by pengawas.demo of the Tim
// Kinerja from a video of a teachers' meeting.
describe("a KS's own practice, observed by the Tim Kinerja from a video, on a 360 px phone", () => {
  let h: Harness;
  let ks: Api;
  let tim: Api;
  let cycleId = "";
  let targetTitle = "";
  beforeAll(async () => {
    h = await startHarness();
    ks = await apiAs(h, "kepsek.demo");
    tim = await apiAs(h, "pengawas.demo");
    const me = await ks.call("GET", "/api/me");
    const own = (me.myCycles as { cycleId: string; track: string }[]).find((c) => c.track === "kepala_sekolah");
    cycleId = own?.cycleId as string;
    // The plan on a leadership indicator, approved by the Tim Kinerja and agreed earlier in the year.
    const view = await ks.call("GET", `/api/cycles/${cycleId}/plan`);
    const rules = await ks.call("GET", `/api/rule-sets/${(view.ruleSet as { id: string }).id}`);
    const indicator = (rules.content as { leadershipIndicators: { code: string; targets: { title: string }[] }[] })
      .leadershipIndicators[0];
    targetTitle = indicator?.targets[0]?.title as string;
    await agreePlan(ks, tim, cycleId, {
      lastStep: "rangkuman",
      profileConfirmed: true,
      indicatorCode: indicator?.code,
      rhk: [{ code: "penggerak-komunitas-belajar", quantity: 1 }],
      noDuties: true,
      duties: [],
      behaviourNotes: {},
      schoolIds: [],
    });
  });
  afterAll(async () => {
    await ks?.ctx.dispose();
    await tim?.ctx.dispose();
    await h?.close();
  });

  it("the KS prepares a meeting observed by video; the Tim Kinerja confirms, watches and observes", async () => {
    const page = await freshPage(h, PHONE);
    await signIn(page, h.url, "kepsek.demo");
    await page.getByRole("heading", { name: "Kinerja Saya" }).waitFor();
    await page.goto(`${h.url}/praktik/${cycleId}`);
    await page.getByRole("heading", { name: "Dokumen Persiapan", exact: true }).waitFor();
    await page.getByLabel(targetTitle).check();
    await page
      .getByLabel(/^Upaya saya untuk mempelajari/)
      .fill("Membaca panduan rapat berbasis data bersama pengawas.");
    const me = await ks.call("GET", "/api/me");
    const [y, m, d] = (me.today as string).split("-").map(Number);
    const later = new Date(Date.UTC(y as number, (m as number) - 1, (d as number) + 2)).toISOString().slice(0, 10);
    await page.getByLabel("Tanggal").fill(later);
    // 24 hours: "13", never "01 PM" as the browser's own time input shows under an English locale.
    const hours = page.getByLabel("Jam", { exact: true });
    await hours.pressSequentially("1300");
    expect(await hours.inputValue()).toBe("13");
    expect(await page.getByLabel("Menit", { exact: true }).inputValue()).toBe("00");
    // A leader's practice is an activity, not a lesson.
    expect(await page.getByLabel("Kelas").count()).toBe(0);
    await page.getByLabel("Nama kegiatan").fill("Rapat guru membahas rapor pendidikan");
    await page.getByLabel("Tempat").fill("Ruang guru");
    await page.getByLabel("Tidak langsung (video)").check();
    await page.getByLabel("Tautan video praktik").fill("https://drive.google.com/file/d/rapat-guru/view");
    await page.locator('[data-save-state="saved"]').waitFor();
    // …and the video itself, uploaded: a PDF named .mp4 is refused in the server's words first.
    const videoSection = page.getByRole("region", { name: "Video praktik" });
    const uploadVideo = videoSection.getByRole("button", { name: "Unggah video (MP4/MOV/WebM, maks. 50 MB)" });
    await choose(page, uploadVideo, { name: "rapat.mp4", mimeType: "video/mp4", buffer: pdfBytes(2000) });
    await videoSection.getByText(/^Berkas video praktik harus MP4, MOV, WebM/).waitFor();
    await choose(page, uploadVideo, { name: "Rapat guru.mp4", mimeType: "video/mp4", buffer: realMp4(200_000) });
    await videoSection.getByRole("link", { name: "Video terunggah: Rapat guru.mp4" }).waitFor();
    await page.locator('[data-save-state="saved"]').waitFor();
    await fitsPhone(page);
    await screenshot(page, "practice-ks-persiapan-360");
    await page.getByRole("button", { name: "Kumpulkan" }).click();
    const dialog = page.getByRole("dialog", { name: "Kumpulkan dokumen" });
    await dialog.getByLabel("Saya sudah memeriksa isi dokumen ini").check();
    await dialog.getByRole("button", { name: "Kumpulkan" }).click();
    await dialog.waitFor({ state: "detached" });

    // pengawas.demo, as Tim Kinerja, on their phone: confirms, then observes from the video.
    const tp = await freshPage(h, PHONE);
    await signIn(tp, h.url, "pengawas.demo");
    await tp.getByRole("heading", { name: "Kinerja Saya" }).waitFor();
    // The Tim Kinerja's schedule lists it: the activity, marked as observed from a video.
    await tp.goto(`${h.url}/praktik/jadwal`);
    const item = tp.locator(".mantine-Card-root", { hasText: "Rapat guru membahas rapor pendidikan" });
    await item.getByText("Video", { exact: true }).waitFor();
    await fitsPhone(tp);
    await screenshot(tp, "practice-tim-jadwal-360");
    await item.getByRole("link").click();
    await tp.getByRole("button", { name: "Konfirmasi jadwal" }).click();
    await tp.getByRole("heading", { name: "Observasi", exact: true }).waitFor();
    await tp.getByText("Observasi tidak langsung dari video:").waitFor();
    await tp.getByRole("link", { name: "https://drive.google.com/file/d/rapat-guru/view" }).waitFor();
    // The uploaded video plays in the page (the browser asks for ranges), with a link to open it.
    await tp.getByRole("link", { name: "Video terunggah: Rapat guru.mp4" }).waitFor();
    expect(await tp.locator("video").getAttribute("src")).toMatch(/^\/api\/files\/[0-9a-f-]{36}$/);
    // An observer writes no self-report: that is only ever the KS's own.
    expect(await tp.getByLabel(/^Catatan mandiri/).count()).toBe(0);
    const card = tp.locator("[data-testid^=observe-]").first();
    await card.getByLabel("Dilakukan tapi belum efektif").check();
    await card
      .getByLabel("Catatan bukti perilaku")
      .fill("Rapat dibuka dengan data rapor; guru belum diajak menafsirkan.");
    await tp.locator('[data-save-state="saved"]').waitFor();
    await fitsPhone(tp);
    await screenshot(tp, "practice-tim-observasi-video-360");
    await tp.getByRole("button", { name: "Selesaikan observasi" }).click();
    await tp.getByLabel("Rating tindak lanjut", { exact: true }).first().click();
    await tp.getByRole("option", { name: "Sadar kesulitan", exact: true }).click();
    await tp.locator('[data-save-state="saved"]').waitFor();
    await tp.getByRole("button", { name: "Simpan rating tindak lanjut" }).click();
    await tp.getByRole("heading", { name: "Dokumen Tindak Lanjut", exact: true }).waitFor();
    await tp.close();

    // The KS reads the observation as a baseline, marked as made from the video.
    const back = await freshPage(h, PHONE);
    await signIn(back, h.url, "kepsek.demo");
    await back.getByRole("heading", { name: "Kinerja Saya" }).waitFor();
    await back.goto(`${h.url}/praktik/${cycleId}`);
    await back.getByRole("button", { name: /2\. Observasi/ }).click();
    await back.getByText("Rapat dibuka dengan data rapor", { exact: false }).waitFor();
    await back.getByText("Observasi tidak langsung dari video:").waitFor();
    await fitsPhone(back);
    await screenshot(back, "practice-ks-observasi-dibaca-360");
  });
});
