import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

type Doc = { kind: string; version: number; content: Record<string, unknown> };

// pengawas.demo's own practice: the diskusi persiapan on a focus school of their plan, agreed by
// tim.demo (their Tim Kinerja member); the survey answered by kepsek.demo, the focus school's KS;
// tim.demo reads the answers and rates the follow-up discussion.
describe("a pengawas's practice with the survey to the KS, on a 360 px phone", () => {
  let h: Harness;
  let pengawas: Api;
  let tim: Api;
  let cycleId = "";
  const docOf = async (api: Api, kind: string) =>
    ((await api.call("GET", `/api/cycles/${cycleId}/practice`)).documents as Doc[]).find((d) => d.kind === kind) as Doc;

  beforeAll(async () => {
    h = await startHarness();
    pengawas = await apiAs(h, "pengawas.demo");
    tim = await apiAs(h, "tim.demo");
    const me = await pengawas.call("GET", "/api/me");
    cycleId = (me.myCycles as { cycleId: string }[])[0]?.cycleId as string;
    const view = await pengawas.call("GET", `/api/cycles/${cycleId}/plan`);
    const supervised = view.supervisedSchools as { id: string; name: string }[];
    await agreePlan(pengawas, tim, cycleId, {
      lastStep: "rangkuman",
      profileConfirmed: true,
      indicatorCode: null,
      rhk: [{ code: "penggerak-komunitas-belajar", quantity: 1 }],
      noDuties: true,
      duties: [],
      behaviourNotes: {},
      schoolIds: supervised.slice(0, 3).map((s) => s.id),
    });
  });
  afterAll(async () => {
    await pengawas?.ctx.dispose();
    await tim?.ctx.dispose();
    await h?.close();
  });

  it("prepares with a focus school, sends the survey; the KS answers; the Tim Kinerja reads and rates", async () => {
    const page = await freshPage(h, PHONE);
    await signIn(page, h.url, "pengawas.demo");
    await page.getByRole("heading", { name: "Kinerja Saya" }).waitFor();
    await page.goto(`${h.url}/praktik/${cycleId}`);
    await page.getByRole("heading", { name: "Diskusi Persiapan", exact: true }).waitFor();
    for (const n of [1, 2, 3]) await page.getByLabel(`Tantangan ke-${n}`).fill(`Tantangan pendampingan ${n}`);
    await page.getByLabel("Isu fokus pendampingan").fill("Pemanfaatan data rapor pendidikan dalam perencanaan.");
    await page.getByLabel("Sekolah fokus", { exact: true }).first().click();
    await page.getByRole("option", { name: "SD Negeri 1 Contoh" }).click();
    await page.getByLabel("Strategi pendampingan").fill("Pendampingan bertahap bersama kepala sekolah.");
    await page.getByLabel("Metode pendampingan").fill("Kunjungan, lokakarya kecil, dan coaching.");
    await page.locator('[data-save-state="saved"]').waitFor();
    await fitsPhone(page);
    await screenshot(page, "practice-pengawas-diskusi-persiapan-360");
    await page.getByRole("button", { name: "Kumpulkan" }).click();
    const dialog = page.getByRole("dialog", { name: "Kumpulkan dokumen" });
    await dialog.getByLabel("Saya sudah memeriksa isi dokumen ini").check();
    await dialog.getByRole("button", { name: "Kumpulkan" }).click();
    await dialog.waitFor({ state: "detached" });

    await page.close();

    // tim.demo, on their own phone (one browser here: signed in in turn), agrees it.
    const agreeing = await freshPage(h, PHONE);
    await signIn(agreeing, h.url, "tim.demo");
    await agreeing.waitForURL(/\/(kinerja-saya|pegawai)/);
    await agreeing.goto(`${h.url}/praktik/${cycleId}`);
    await agreeing.getByText("Pemanfaatan data rapor pendidikan dalam perencanaan.").waitFor();
    await agreeing.getByRole("button", { name: "Setujui" }).click();
    await agreeing.getByRole("heading", { name: "Pendampingan Satuan Pendidikan", exact: true }).waitFor();
    await agreeing.close();

    // Back to the pengawas: the pendampingan is open, and the survey goes to the focus school's KS.
    const back = await freshPage(h, PHONE);
    await signIn(back, h.url, "pengawas.demo");
    await back.getByRole("heading", { name: "Kinerja Saya" }).waitFor();
    await back.goto(`${h.url}/praktik/${cycleId}`);
    await back.getByRole("heading", { name: "Pendampingan Satuan Pendidikan", exact: true }).waitFor();
    await back.getByRole("button", { name: "Kirim survei ke kepala sekolah SD Negeri 1 Contoh" }).click();
    await back
      .getByRole("dialog")
      .getByRole("button", { name: /Kirim survei/ })
      .click();
    await back.getByText("Menunggu jawaban kepala sekolah.").waitFor();
    await fitsPhone(back);
    await screenshot(back, "practice-pengawas-survei-terkirim-360");
    await back.close();

    // kepsek.demo finds the survey on Kinerja Saya and answers it.
    const ks = await freshPage(h, PHONE);
    await signIn(ks, h.url, "kepsek.demo");
    await ks.getByText("Survei pendampingan dari Agus Wijaya, M.Pd.").waitFor();
    await ks.getByRole("link", { name: "Isi survei" }).click();
    await ks.getByRole("heading", { name: "Survei pendampingan" }).waitFor();
    const groups = ks.getByRole("radiogroup");
    for (let i = 0; i < (await groups.count()); i++) await groups.nth(i).getByLabel("Setuju", { exact: true }).check();
    await ks.getByLabel(/Perubahan apa yang sudah terjadi/).fill("Rapat guru kini membahas data rapor setiap bulan.");
    // The choices are kept on the phone until sent: a reload (a dropped signal, a call) loses nothing.
    await ks.reload();
    await expect
      .poll(() => ks.getByLabel(/Perubahan apa yang sudah terjadi/).inputValue())
      .toContain("Rapat guru kini membahas data rapor");
    expect(await ks.getByRole("radio", { name: "Setuju", exact: true, checked: true }).count()).toBe(5);
    await fitsPhone(ks);
    await screenshot(ks, "survey-ks-360");
    await ks.getByRole("button", { name: "Kirim jawaban" }).click();
    const confirm = ks.getByRole("dialog", { name: "Kirim jawaban survei" });
    await confirm.getByLabel("Saya sudah memeriksa isi dokumen ini").check();
    await confirm.getByRole("button", { name: "Kirim jawaban" }).click();
    await ks.getByText("Terima kasih. Jawaban Anda terkirim", { exact: false }).waitFor();
    await ks.close();

    // The pengawas logs the pendampingan and the follow-up discussion (through the API: the forms
    // are those of the steps above), then tim.demo reads the answers and rates the discussion.
    const today = (await pengawas.call("GET", "/api/me")).today as string;
    const pd = await docOf(pengawas, "pendampingan");
    const pd2 = (
      await pengawas.call("PUT", `/api/cycles/${cycleId}/documents/pendampingan`, {
        version: pd.version,
        content: {
          ...pd.content,
          visits: [{ id: "00000000-0000-4000-8000-0000000000a1", date: today, activity: "Kunjungan", notes: "" }],
          experience: "Sekolah terbuka pada data.",
          strategy: "Coaching kepala sekolah.",
          successes: "Rapat berbasis data.",
          obstacles: "Waktu guru terbatas.",
          followUp: "Lokakarya analisis data.",
        },
      })
    ).document as Doc;
    await pengawas.call("POST", `/api/cycles/${cycleId}/documents/pendampingan/actions/finish`, {
      version: pd2.version,
    });
    const dtl = await docOf(pengawas, "diskusi_tindak_lanjut");
    const dtl2 = (
      await pengawas.call("PUT", `/api/cycles/${cycleId}/documents/diskusi_tindak_lanjut`, {
        version: dtl.version,
        content: {
          ...dtl.content,
          reflection: "Data membantu, tetapi guru butuh waktu.",
          target: "Tiap guru memakai data rapor untuk satu rencana pembelajaran.",
          plan: "Dua lokakarya dan satu kunjungan kelas.",
        },
      })
    ).document as Doc;
    await pengawas.call("POST", `/api/cycles/${cycleId}/documents/diskusi_tindak_lanjut/actions/submit`, {
      version: dtl2.version,
    });

    const tp = await freshPage(h, PHONE);
    await signIn(tp, h.url, "tim.demo");
    await tp.waitForURL(/\/(kinerja-saya|pegawai)/);
    await tp.goto(`${h.url}/praktik/${cycleId}`);
    await tp.getByRole("heading", { name: "Diskusi Tindak Lanjut", exact: true }).waitFor();
    await tp.getByText("Rapat guru kini membahas data rapor setiap bulan.").waitFor();
    await tp.getByLabel("Sadar kesulitan", { exact: true }).check();
    await tp.getByLabel("Catatan umpan balik").fill("Refleksi jujur; lanjutkan dengan data kelas.");
    await tp.locator('[data-save-state="saved"]').waitFor();
    await fitsPhone(tp);
    await screenshot(tp, "practice-tim-diskusi-tindak-lanjut-360");
    await tp.getByRole("button", { name: "Kirim penilaian" }).click();
    await tp.getByRole("heading", { name: "Upaya Tindak Lanjut", exact: true }).waitFor();
  });

  it("the upaya and reflection rated by the Tim Kinerja, who recommends; the Kepala Dinas sees it on their list", async () => {
    // The pengawas's upaya, reflection and laporan (their forms are the ones above), then the
    // laporan verified: through the API, as the steps before are in the browser.
    const today = (await pengawas.call("GET", "/api/me")).today as string;
    const step = async (kind: string, content: Record<string, unknown>, action: string) => {
      const d = await docOf(pengawas, kind);
      const saved = (
        await pengawas.call("PUT", `/api/cycles/${cycleId}/documents/${kind}`, {
          version: d.version,
          content: { ...d.content, ...content },
        })
      ).document as Doc;
      await pengawas.call("POST", `/api/cycles/${cycleId}/documents/${kind}/actions/${action}`, {
        version: saved.version,
      });
    };
    await step(
      "upaya_pengawas",
      {
        steps: [
          {
            id: "00000000-0000-4000-8000-0000000000b1",
            date: today,
            action: "Lokakarya data",
            evidenceLink: null,
            fileId: null,
          },
        ],
        explanation: "Kepala sekolah kini menyiapkan data sebelum rapat.",
      },
      "finish",
    );
    await step(
      "refleksi_pengawas",
      {
        inspiration: "Pertanyaan pemantik lebih ampuh daripada saran.",
        practiceChange: "Rapat sekolah dibuka dengan telaah data oleh guru.",
        challenges: ["Waktu", "Kebiasaan lama", "Pergantian guru"],
        plan: "Jadwal telaah data bulanan dan pendamping sebaya.",
      },
      "submit",
    );
    await step(
      "bukti_dukung",
      {
        rhk: { "penggerak-komunitas-belajar": { achieved: null, files: [], reflection: "Komunitas belajar aktif." } },
        mainDuty: "Pendampingan sekolah binaan",
        mainDutyReport: "Tiga sekolah didampingi setiap bulan.",
      },
      "submit",
    );
    const laporan = await docOf(tim, "bukti_dukung");
    await tim.call("POST", `/api/cycles/${cycleId}/documents/bukti_dukung/actions/verify`, {
      version: laporan.version,
    });

    // tim.demo, on their phone: the workspace says what waits on them; they rate the reflection.
    const tp = await freshPage(h, PHONE);
    await signIn(tp, h.url, "tim.demo");
    await tp.waitForURL(/\/(kinerja-saya|pegawai)/);
    await tp.goto(`${h.url}/tim-kinerja`);
    await tp.getByRole("heading", { name: "Tim Kinerja", exact: true }).waitFor();
    const waiting = tp
      .getByTestId("tim-subject")
      .filter({ has: tp.getByRole("link", { name: "Agus Wijaya, M.Pd." }) })
      .first();
    await waiting.getByText("Refleksi Tindak Lanjut · Menunggu Anda").waitFor();
    await fitsPhone(tp);
    await screenshot(tp, "tim-kinerja-workspace-member-360");
    await waiting.getByRole("link", { name: /Agus Wijaya/ }).click();
    await tp.getByRole("heading", { name: "Refleksi Tindak Lanjut", exact: true }).waitFor();
    const aspect = (name: string) => tp.getByRole("radiogroup", { name });
    await aspect("Kesadaran dalam refleksi").getByLabel("Sadar dampak kesulitan", { exact: true }).check();
    await aspect("Upaya belajar").getByLabel("Mulai tampak", { exact: true }).check();
    await aspect("Peningkatan kinerja").getByLabel("Tampak jelas", { exact: true }).check();
    const feedback = tp.getByLabel("Catatan umpan balik");
    for (let i = 0; i < 3; i++) await feedback.nth(i).fill(`Umpan balik ${i + 1}: lanjutkan dengan data kelas.`);
    await tp.locator('[data-save-state="saved"]').waitFor();
    await tp.getByRole("button", { name: "Kirim penilaian" }).click();

    // Then the recommendation to the Kepala Dinas: three axes, two ratings, the predikat they give.
    await tp.getByRole("heading", { name: "Rekomendasi Tim Kinerja", exact: true }).waitFor();
    for (const axis of ["Upaya Refleksi", "Upaya Mempelajari", "Perubahan Praktik"]) {
      await aspect(axis).getByLabel("Sesuai ekspektasi", { exact: true }).check();
    }
    for (let i = 0; i < 3; i++) await feedback.nth(i).fill(`Catatan aspek ${i + 1}.`);
    await aspect("Rating Hasil Kerja").getByLabel("Sesuai ekspektasi", { exact: true }).check();
    await aspect("Rating Perilaku Kerja").getByLabel("Di atas ekspektasi", { exact: true }).check();
    await tp.getByTestId("rekomendasi-predikat").getByText("Baik", { exact: true }).waitFor();
    await tp.getByLabel("Catatan untuk Kepala Dinas").fill("Layak Baik; dampingi lagi semester depan.");
    await tp.locator('[data-save-state="saved"]').waitFor();
    await fitsPhone(tp);
    await screenshot(tp, "practice-tim-rekomendasi-360");
    await tp.getByRole("button", { name: "Kirim ke Kepala Dinas" }).click();
    const confirm = tp.getByRole("dialog");
    await confirm.getByLabel("Saya sudah memeriksa isi dokumen ini").check();
    await confirm.getByRole("button", { name: "Kirim ke Kepala Dinas" }).click();
    await expect
      .poll(async () => ((await docOf(tim, "rekomendasi")) as Doc & { status: string }).status)
      .toBe("submitted");
    await tp.close();

    // The pengawas never reads it; the Kepala Dinas sees it beside the member's name.
    const theirs = (await docOf(pengawas, "rekomendasi")) as Doc & { visible: boolean };
    expect(theirs.visible).toBe(false);
    const kp = await freshPage(h, PHONE);
    await signIn(kp, h.url, "kadis.demo");
    await kp.waitForURL(/\/(kinerja-saya|pegawai)/);
    await kp.goto(`${h.url}/tim-kinerja`);
    await kp.getByRole("heading", { name: "Kepala sekolah & pengawas" }).waitFor();
    // Filtered by the card's own name link: kepsek.demo's card names Agus Wijaya as her Tim Kinerja.
    const card = kp
      .getByTestId("tim-subject")
      .filter({ has: kp.getByRole("link", { name: "Agus Wijaya, M.Pd." }) })
      .first();
    await card.getByText("Tim Kinerja: Hendra Gunawan, M.Pd.").waitFor();
    await card.getByText("Baik", { exact: true }).waitFor();
    await fitsPhone(kp);
    await screenshot(kp, "tim-kinerja-workspace-kadis-360");
    await kp.close();
  });
});
