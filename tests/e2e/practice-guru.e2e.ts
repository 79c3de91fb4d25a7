import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMPLETE_GURU_PLAN } from "../helpers/plan-content.js";
import {
  type Api,
  agreePlan,
  apiAs,
  DESKTOP,
  fitsPhone,
  freshPage,
  type Harness,
  PHONE,
  screenshot,
  signIn,
  startHarness,
} from "./helpers.js";

type Doc = { kind: string; version: number; content: Record<string, unknown> };
const docOf = async (api: Api, cycleId: string, kind: string) =>
  ((await api.call("GET", `/api/cycles/${cycleId}/practice`)).documents as Doc[]).find((d) => d.kind === kind) as Doc;

async function handIn(page: Page): Promise<void> {
  await page.locator('[data-save-state="saved"]').waitFor();
  await page.getByRole("button", { name: "Kumpulkan" }).click();
  const dialog = page.getByRole("dialog", { name: "Kumpulkan dokumen" });
  await dialog.getByLabel("Saya sudah memeriksa isi dokumen ini").check();
  await dialog.getByRole("button", { name: "Kumpulkan" }).click();
  await dialog.waitFor({ state: "detached" });
}

describe("guru.demo goes through the stages of Praktik Kinerja on a 360 px phone", () => {
  let h: Harness;
  let guruApi: Api;
  let ks: Api;
  let cycleId = "";
  let today = "";
  beforeAll(async () => {
    h = await startHarness();
    guruApi = await apiAs(h, "guru.demo");
    ks = await apiAs(h, "kepsek.demo");
    const me = await guruApi.call("GET", "/api/me");
    today = me.today as string;
    cycleId = (me.myCycles as { cycleId: string }[])[0]?.cycleId as string;
    // The plan agreed earlier in the year (planning itself has its own browser tests).
    await agreePlan(guruApi, ks, cycleId, COMPLETE_GURU_PLAN);
  });
  afterAll(async () => {
    await guruApi?.ctx.dispose();
    await ks?.ctx.dispose();
    await h?.close();
  });

  it("prepares, is observed, plans the follow-up, logs it, reflects and reports", async () => {
    const page = await freshPage(h, PHONE);
    await signIn(page, h.url, "guru.demo");
    await page.getByRole("link", { name: "Buka praktik kinerja" }).click();
    await page.getByRole("heading", { name: "Praktik Kinerja" }).waitFor();

    // 1 Persiapan: a target with its rubric, how to learn it, the schedule; handed in once.
    await page.getByRole("heading", { name: "Dokumen Persiapan", exact: true }).waitFor();
    // The demo runs the 2025 rules: no uploads, so no upload section.
    expect(await page.getByText("Unggah RPP / modul ajar / asesmen").count()).toBe(0);
    await page.getByLabel("Memberikan umpan balik yang spesifik dan terkait tujuan pembelajaran").check();
    await page.getByLabel(/^Upaya saya untuk mempelajari/).fill("Membaca modul umpan balik dan mencobanya di kelas.");
    const [y, m, d] = today.split("-").map(Number);
    const later = new Date(Date.UTC(y as number, (m as number) - 1, (d as number) + 3)).toISOString().slice(0, 10);
    await page.getByLabel("Tanggal").fill(later);
    // The time on a 24-hour clock, typed as hours then minutes, whatever the browser's locale.
    await page.getByLabel("Jam", { exact: true }).pressSequentially("0900");
    await page.getByLabel("Kelas").fill("IV B");
    await page.getByLabel("Mata pelajaran").fill("Bahasa Indonesia");
    await page.getByLabel("Tempat").fill("Ruang kelas IV B");
    await fitsPhone(page);
    await screenshot(page, "practice-guru-persiapan-360");
    await handIn(page);
    await page.getByText("Menunggu atasan").waitFor();

    // The KS confirms the time and observes the lesson (on their own phone, here through the API).
    const persiapan = await docOf(ks, cycleId, "persiapan");
    expect((persiapan.content.schedule as { time: string }).time).toBe("09:00");
    await ks.call("POST", `/api/cycles/${cycleId}/documents/persiapan/actions/confirmSchedule`, {
      version: persiapan.version,
    });
    const observed = {
      targets: {
        "umpan-balik-spesifik": {
          rating: "belum_efektif",
          evidence: "Umpan balik masih umum; murid bertanya ulang apa yang harus diperbaiki.",
          recommendation: "Sebutkan satu hal yang sudah baik dan satu langkah berikutnya.",
          avoidSeen: [0],
        },
      },
      followUpRating: null,
      followUpNote: "",
    };
    const o1 = (await ks.call("PUT", `/api/cycles/${cycleId}/documents/observasi`, { version: 0, content: observed }))
      .document as Doc;
    await ks.call("POST", `/api/cycles/${cycleId}/documents/observasi/actions/finish`, { version: o1.version });
    const o2 = (
      await ks.call("PUT", `/api/cycles/${cycleId}/documents/observasi`, {
        version: o1.version,
        content: { ...observed, followUpRating: "sadar_kesulitan" },
      })
    ).document as Doc;
    await ks.call("POST", `/api/cycles/${cycleId}/documents/observasi/actions/rateFollowUp`, { version: o2.version });

    // 3 Tindak lanjut: the observation is shown as a baseline, then the learning plan.
    await page.reload();
    await page.getByRole("heading", { name: "Dokumen Tindak Lanjut", exact: true }).waitFor();
    await page.getByText("bukan nilai akhir", { exact: false }).first().waitFor();
    await page.getByText("Umpan balik masih umum", { exact: false }).waitFor();
    await page
      .getByLabel("Tantangan yang Anda hadapi")
      .fill("Waktu diskusi sering habis sebelum semua kelompok mendapat umpan balik.");
    await page.getByLabel("Tujuan belajar").first().fill("Memberi umpan balik spesifik untuk setiap kelompok.");
    await page.getByLabel("Upaya yang akan dilakukan").fill("Menyiapkan kartu umpan balik dan mencobanya tiap pekan.");
    await page.getByLabel("Komunitas belajar").check();
    await page.getByRole("button", { name: "Tambah kegiatan" }).click();
    await page.getByLabel("Tanggal").fill(later);
    await page.getByLabel("Kegiatan").fill("Berbagi kartu umpan balik di KKG");
    await page.getByLabel("Dukungan yang dibutuhkan").first().fill("Waktu berbagi di rapat guru.");
    await fitsPhone(page);
    await screenshot(page, "practice-guru-tindak-lanjut-360");
    await handIn(page);

    // 4 Upaya: a log of what was done; marked done.
    await page.getByRole("heading", { name: "Upaya Tindak Lanjut", exact: true }).waitFor();
    await page.getByRole("button", { name: "Tambah catatan upaya" }).click();
    await page.getByLabel("Tanggal").fill(today);
    await page
      .getByLabel("Apa yang sudah dilakukan")
      .fill("Mencoba kartu umpan balik di kelas IV B; murid memperbaiki tulisannya.");
    await page.locator('[data-save-state="saved"]').waitFor();
    await fitsPhone(page);
    await screenshot(page, "practice-guru-upaya-360");
    await page.getByRole("button", { name: "Tandai selesai" }).click();

    // 5 Refleksi: the four questions, handed in for the discussion with the KS.
    await page.getByRole("heading", { name: "Refleksi Tindak Lanjut", exact: true }).waitFor();
    await page.getByLabel(/^Inspirasi baru/).fill("Umpan balik yang spesifik membuat murid tahu langkah berikutnya.");
    await page.getByLabel(/^Perubahan praktik/).fill("Setiap kelompok mendapat satu pujian dan satu saran.");
    for (const n of [1, 2, 3])
      await page.getByLabel(`Tantangan tersulit ke-${n} yang Anda perkirakan`).fill(`Tantangan ${n}`);
    await page.getByLabel(/^Bagaimana Anda akan mengatasinya/).fill("Membagi waktu dan meminta rekan mengamati.");
    await fitsPhone(page);
    await screenshot(page, "practice-guru-refleksi-360");
    await handIn(page);
    await page.getByText("Menunggu atasan").waitFor();

    // 6 Laporan (2025 rules): a reflection per competence item and the main duty's report.
    await page.getByRole("button", { name: /Laporan Kompetensi & Tugas Pokok/ }).click();
    await page.getByRole("heading", { name: "Laporan Kompetensi & Tugas Pokok", exact: true }).waitFor();
    await page.getByLabel("Refleksi: penggerak komunitas belajar").fill("Memfasilitasi tiga kegiatan berbagi di KKG.");
    await page.getByLabel("Refleksi: peserta webinar").fill("Mencoba tiket keluar setelah webinar asesmen.");
    await page.getByLabel("Tugas pokok yang dipilih sebagai fokus").fill("Pembelajaran Bahasa Indonesia kelas IV");
    await page.getByLabel("Laporan pelaksanaan tugas pokok").fill("Semua pertemuan terlaksana sesuai modul ajar.");
    await fitsPhone(page);
    await screenshot(page, "practice-guru-laporan-360");
    await handIn(page);

    // The KS on their own phone (one browser: signed in in turn) verifies the laporan and records
    // the discussion of the reflection: every stage is done.
    const kp = await freshPage(h, PHONE);
    await signIn(kp, h.url, "kepsek.demo");
    await kp.getByRole("heading", { name: "Kinerja Saya" }).waitFor();
    await kp.goto(`${h.url}/praktik/${cycleId}`);
    await kp.getByRole("button", { name: /Laporan Kompetensi & Tugas Pokok/ }).click();
    await kp.getByText("Semua pertemuan terlaksana sesuai modul ajar.").waitFor();
    await kp.getByRole("button", { name: "Verifikasi" }).click();
    await kp.getByRole("button", { name: /Refleksi Tindak Lanjut/ }).click();
    await kp.getByLabel("Catatan diskusi").fill("Kami sepakat mencoba kartu umpan balik di kelas lain.");
    await kp.getByLabel("Umpan balik tertulis").fill("Langkah yang bagus; catat perubahan tulisan murid.");
    await kp.locator('[data-save-state="saved"]').waitFor();
    await fitsPhone(kp);
    await screenshot(kp, "practice-ks-refleksi-360");
    await kp.getByRole("button", { name: "Catat diskusi" }).click();
    await kp.getByText("Selesai", { exact: true }).nth(5).waitFor();
    await kp.close();

    const done = await freshPage(h, PHONE);
    await signIn(done, h.url, "guru.demo");
    await done.getByRole("link", { name: "Buka praktik kinerja" }).click();
    // Every stage done: the page opens on the penilaian, which the KS writes (the guru sees no draft).
    await done.getByRole("heading", { name: "Penilaian", exact: true }).waitFor();
    await done.getByText("Atasan sedang menyusun penilaian Anda", { exact: false }).waitFor();
    await done.getByRole("button", { name: /Refleksi Tindak Lanjut/ }).click();
    await done.getByText("Kami sepakat mencoba kartu umpan balik", { exact: false }).waitFor();
    expect(await done.getByText("Selesai", { exact: true }).count()).toBe(6);
    await fitsPhone(done);
    await screenshot(done, "practice-guru-selesai-360");
  });

  it("asks to reopen the handed-in tindak lanjut on the phone; the KS reopens it from their desktop", async () => {
    const page = await freshPage(h, PHONE);
    await signIn(page, h.url, "guru.demo");
    await page.getByRole("link", { name: "Buka praktik kinerja" }).click();
    await page.getByRole("button", { name: /Dokumen Tindak Lanjut/ }).click();
    await page.getByRole("heading", { name: "Buka kembali dokumen ini" }).waitFor();
    await page.getByLabel("Alasan").fill("Jadwal KKG pindah ke bulan depan; saya perlu memperbaruinya.");
    await page.getByRole("button", { name: "Ajukan buka kembali" }).click();
    await page.getByText("Menunggu keputusan").waitFor();
    await fitsPhone(page);
    await screenshot(page, "practice-guru-minta-buka-360");

    const desk = await freshPage(h, DESKTOP);
    await signIn(desk, h.url, "kepsek.demo");
    await desk.getByRole("heading", { name: "Kinerja Saya" }).waitFor();
    await desk.goto(`${h.url}/praktik/${cycleId}`);
    await desk.getByRole("button", { name: /Dokumen Tindak Lanjut/ }).click();
    await desk.getByText("Jadwal KKG pindah ke bulan depan", { exact: false }).waitFor();
    await screenshot(desk, "practice-ks-putuskan-buka-desktop");
    await desk.getByRole("button", { name: "Setujui buka kembali" }).click();
    const dialog = desk.getByRole("dialog", { name: "Setujui buka kembali" });
    await dialog.getByLabel(/Catatan/).fill("Silakan perbarui jadwal belajarnya.");
    await dialog.getByRole("button", { name: "Setujui buka kembali" }).click();
    await dialog.waitFor({ state: "detached" });

    // Back on the phone (one browser, so signed in again): a draft again, with its content, to hand in again.
    const back = await freshPage(h, PHONE);
    await signIn(back, h.url, "guru.demo");
    await back.getByRole("link", { name: "Buka praktik kinerja" }).click();
    await back.getByRole("button", { name: /Dokumen Tindak Lanjut/ }).click();
    await expect.poll(() => back.getByLabel("Tantangan yang Anda hadapi").inputValue()).toContain("Waktu diskusi");
    await back.getByRole("button", { name: "Kumpulkan" }).waitFor();
    await back.getByText("Disetujui").first().waitFor();
    await fitsPhone(back);
    await screenshot(back, "practice-guru-dibuka-kembali-360");
  });
});
