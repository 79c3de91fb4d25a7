import { sql } from "drizzle-orm";
import type { APIRequestContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { periods } from "../../src/db/schema.js";
import { pdfBytes } from "../helpers/factories-planning.js";
import { COMPLETE_GURU_PLAN } from "../helpers/plan-content.js";
import { realDocx } from "../helpers/sample-files.js";
import { apiAs, fitsPhone, freshPage, type Harness, PHONE, screenshot, signIn, startHarness } from "./helpers.js";

// Under the 2024 rule set the persiapan takes an RPP / modul ajar / asesmen: upload, replace and
// remove on a 360 px phone, and a file that is not what it claims is refused with the server's words.

async function choose(
  page: Page,
  button: ReturnType<Page["getByRole"]>,
  file: { name: string; mimeType: string; buffer: Buffer },
) {
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), button.click()]);
  await chooser.setFiles(file);
}

describe("persiapan uploads on a 360 px phone (2024 rule set)", () => {
  let h: Harness;
  let guruApi: APIRequestContext;
  let ksApi: APIRequestContext;
  let cycleId = "";
  let call: Awaited<ReturnType<typeof apiAs>>["call"];
  let ksCall: Awaited<ReturnType<typeof apiAs>>["call"];
  let today = "";
  beforeAll(async () => {
    h = await startHarness();
    // The demo period runs the 2025 rules; this one is a 2024 period (uploads, semester points).
    await h.db
      .update(periods)
      .set({ ruleSetId: sql`(select id from rule_sets where code = '2024-semester' order by version desc limit 1)` });
    const guru = await apiAs(h, "guru.demo");
    const ks = await apiAs(h, "kepsek.demo");
    guruApi = guru.ctx;
    ksApi = ks.ctx;
    call = guru.call;
    ksCall = ks.call;
    const me = await guru.call("GET", "/api/me");
    today = me.today as string;
    cycleId = (me.myCycles as { cycleId: string }[])[0]?.cycleId as string;
    const plan = (await guru.call("GET", `/api/cycles/${cycleId}/plan`)).plan as { id: string; version: number };
    const saved = (
      await guru.call("PUT", `/api/plans/${plan.id}`, { version: plan.version, content: COMPLETE_GURU_PLAN })
    ).plan as { version: number };
    await guru.call("POST", `/api/plans/${plan.id}/submit`, { version: saved.version });
    await ks.call("POST", `/api/plans/${plan.id}/approve`);
    await guru.call("POST", `/api/plans/${plan.id}/agree`);
  });
  afterAll(async () => {
    await guruApi?.dispose();
    await ksApi?.dispose();
    await h?.close();
  });

  it("uploads a modul ajar, replaces it, is told why a fake PDF is refused, and removes it", async () => {
    const page = await freshPage(h, PHONE);
    await signIn(page, h.url, "guru.demo");
    await page.getByRole("link", { name: "Buka praktik kinerja" }).click();
    await page.getByRole("heading", { name: "Dokumen Persiapan", exact: true }).waitFor();
    const section = page.getByRole("region", { name: "Unggah RPP / modul ajar / asesmen" });
    await section.getByText("Belum ada berkas.").waitFor();
    const add = section.getByRole("button", { name: "Unggah berkas: Unggah RPP / modul ajar / asesmen" });

    const docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    await choose(page, add, { name: "Modul ajar IV B.docx", mimeType: docx, buffer: realDocx() });
    await section.getByRole("link", { name: "Modul ajar IV B.docx" }).waitFor();
    await page.locator('[data-save-state="saved"]').waitFor();

    await choose(page, section.getByRole("button", { name: "Ganti" }), {
      name: "Modul ajar IV B revisi.pdf",
      mimeType: "application/pdf",
      buffer: pdfBytes(4000),
    });
    const link = section.getByRole("link", { name: "Modul ajar IV B revisi.pdf" });
    await link.waitFor();
    expect(await section.getByRole("link", { name: "Modul ajar IV B.docx" }).count()).toBe(0);
    await page.locator('[data-save-state="saved"]').waitFor();
    const persiapan = (
      (await call("GET", `/api/cycles/${cycleId}/practice`)).documents as {
        kind: string;
        content: { files: string[] };
      }[]
    ).find((d) => d.kind === "persiapan");
    expect(persiapan?.content.files).toHaveLength(1);
    const href = (await link.getAttribute("href")) as string;
    const download = await page.request.get(`${h.url}${href}`);
    expect(download.headers()["content-type"]).toBe("application/pdf");

    await choose(page, add, {
      name: "rpp.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("Ini teks biasa, bukan PDF.\n"),
    });
    await section.getByText("Isi berkas yang dipilih bukan salah satu jenis itu", { exact: false }).waitFor();
    await fitsPhone(page);
    await screenshot(page, "practice-persiapan-uploads-360");

    await section.getByRole("button", { name: "Hapus" }).click();
    await section.getByText("Belum ada berkas.").waitFor();
    await page.locator('[data-save-state="saved"]').waitFor();
  });

  it("the bukti dukung: achieved quantities and a certificate per RHK item; the KS returns it with a note", async () => {
    // Persiapan, observasi and tindak lanjut done through the API (their own browser tests cover them).
    type Doc = { kind: string; version: number };
    const docOf = async (kind: string) =>
      ((await call("GET", `/api/cycles/${cycleId}/practice`)).documents as Doc[]).find((d) => d.kind === kind) as Doc;
    const base = `/api/cycles/${cycleId}/documents`;
    const [y, m, d] = today.split("-").map(Number);
    const later = new Date(Date.UTC(y as number, (m as number) - 1, (d as number) + 3)).toISOString().slice(0, 10);
    const p = await docOf("persiapan");
    const p1 = (
      await call("PUT", `${base}/persiapan`, {
        version: p.version,
        content: {
          targets: [{ code: "umpan-balik-spesifik", upaya: "Membaca modul umpan balik." }],
          schedule: { date: later, time: "09:00", className: "IV B", subject: "Bahasa Indonesia", place: "Kelas IV B" },
          files: [],
        },
      })
    ).document as Doc;
    await call("POST", `${base}/persiapan/actions/submit`, { version: p1.version });
    await ksCall("POST", `${base}/persiapan/actions/confirmSchedule`, { version: p1.version });
    const observed = {
      targets: {
        "umpan-balik-spesifik": {
          rating: "belum_efektif",
          evidence: "Umpan balik umum.",
          recommendation: "",
          avoidSeen: [],
        },
      },
      followUpRating: "sadar_kesulitan",
    };
    const o1 = (await ksCall("PUT", `${base}/observasi`, { version: 0, content: observed })).document as Doc;
    await ksCall("POST", `${base}/observasi/actions/finish`, { version: o1.version });
    await ksCall("POST", `${base}/observasi/actions/rateFollowUp`, { version: o1.version });
    const tl = (
      await call("PUT", `${base}/tindak_lanjut`, {
        version: 0,
        content: {
          challenges: "Waktu terbatas.",
          learning: {
            goal: "Umpan balik spesifik.",
            effort: "Komunitas belajar.",
            schedule: [{ date: later, action: "KKG" }],
            support: "Waktu diskusi.",
            mode: "community",
          },
        },
      })
    ).document as Doc;
    await call("POST", `${base}/tindak_lanjut/actions/submit`, { version: tl.version });

    const page = await freshPage(h, PHONE);
    await signIn(page, h.url, "guru.demo");
    await page.getByRole("link", { name: "Buka praktik kinerja" }).click();
    await page.getByRole("button", { name: /6\. Bukti Dukung/ }).click();
    await page.getByRole("heading", { name: "Bukti Dukung", exact: true }).waitFor();
    for (const [role, file] of [
      ["penggerak komunitas belajar", "sertifikat-komunitas.pdf"],
      ["peserta webinar", "sertifikat-webinar.pdf"],
    ] as const) {
      await page.getByRole("textbox", { name: `Realisasi: ${role}` }).fill("1");
      await choose(
        page,
        page.getByRole("button", { name: `Unggah berkas: Bukti dukung (sertifikat, laporan): ${role}` }),
        {
          name: file,
          mimeType: "application/pdf",
          buffer: pdfBytes(3000),
        },
      );
      await page.getByRole("link", { name: file }).waitFor();
    }
    await page.getByText("1 dari 1").first().waitFor();
    await page.locator('[data-save-state="saved"]').waitFor();
    await fitsPhone(page);
    await screenshot(page, "practice-bukti-dukung-360");
    await page.getByRole("button", { name: "Kumpulkan" }).click();
    const dialog = page.getByRole("dialog", { name: "Kumpulkan dokumen" });
    await dialog.getByLabel("Saya sudah memeriksa isi dokumen ini").check();
    await dialog.getByRole("button", { name: "Kumpulkan" }).click();
    await dialog.waitFor({ state: "detached" });

    // The KS, on their phone, returns it with a note.
    const ksPage = await freshPage(h, PHONE);
    await signIn(ksPage, h.url, "kepsek.demo");
    await ksPage.getByRole("button", { name: "Menu akun" }).waitFor();
    await ksPage.goto(`${h.url}/praktik/${cycleId}`);
    await ksPage.getByRole("button", { name: /6\. Bukti Dukung/ }).click();
    await ksPage.getByRole("link", { name: "sertifikat-webinar.pdf" }).waitFor();
    await ksPage.getByRole("button", { name: "Kembalikan" }).click();
    const noteDialog = ksPage.getByRole("dialog", { name: "Kembalikan" });
    await noteDialog.getByLabel("Catatan untuk guru").fill("Sertifikat webinar belum terbaca jelas.");
    await noteDialog.getByRole("button", { name: "Kirim" }).click();
    await noteDialog.waitFor({ state: "detached" });
    expect(((await docOf("bukti_dukung")) as Doc & { status: string }).status).toBe("returned");

    await page.reload();
    await page.getByRole("button", { name: /6\. Bukti Dukung/ }).click();
    await page.getByText("Dikembalikan atasan: Sertifikat webinar belum terbaca jelas.").waitFor();
    await fitsPhone(page);
  });
});
