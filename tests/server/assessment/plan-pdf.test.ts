import { describe, expect, it } from "vitest";
import { renderPlanPdf } from "../../../src/server/assessment/plan-pdf.js";
import { containsInOrder, pdfPages } from "../../helpers/pdf-pages.js";
import { SAMPLE_NIP, samplePlan } from "../../helpers/skp-pdf-sample.js";

describe("renderPlanPdf", () => {
  it("prints the agreed plan with its indicator, 15 RHK rows, tugas tambahan, BerAKHLAK and signatures", async () => {
    const data = samplePlan();
    const pages = pdfPages(await renderPlanPdf(data));
    const all = pages.join("\n");

    expect(pages.length).toBeGreaterThan(1);
    expect(pages).toEqual(pages.map((_, i) => expect.stringContaining(`Halaman ${i + 1} dari ${pages.length}`)));
    for (const text of [
      SAMPLE_NIP,
      "HASIL KERJA",
      "PERILAKU KERJA",
      "PRAKTIK KINERJA",
      data.practice.indicator,
      "Wali kelas IV A",
      "pada 28 Januari 2026",
      data.signatures.pegawai.name,
      data.signatures.pejabatPenilai?.name ?? "",
    ]) {
      expect(all, text).toContain(text);
    }
    for (const target of data.practice.targetBehaviours) expect(containsInOrder(pages, target), target).toBe(true);
    expect(data.rhkItems).toHaveLength(15);
    for (const row of data.rhkItems) expect(containsInOrder(pages, row.rhk), row.rhk).toBe(true);
    for (const b of data.behaviours) expect(all).toContain(b.aspect);
    // A plan has no realisation and no rating.
    expect(all).not.toContain("REALISASI");
    expect(all).not.toContain("PREDIKAT");
  });

  it("leaves its input as it was (pdfmake rewrites what it is given)", async () => {
    const data = samplePlan();
    await renderPlanPdf(data);
    expect(data).toEqual(samplePlan());
  });

  it("never leaves the signatures alone on a page: the last aspect goes with them", async () => {
    const pages = pdfPages(await renderPlanPdf(samplePlan()));
    const signed = pages.findIndex((p) => p.includes("Pejabat Penilai Kinerja,"));
    expect(signed).toBeGreaterThanOrEqual(0);
    expect(pages[signed]).toContain("Kolaboratif");
  });

  it("never ends a page with a group heading (A. UTAMA, B. TAMBAHAN), however many RHK rows", async () => {
    // Without the heading kept with its first row, 11 rows leave "B. TAMBAHAN" at the foot of page 1.
    for (let n = 8; n <= 13; n++) {
      const data = samplePlan();
      data.rhkItems = data.rhkItems.slice(0, n);
      for (const page of pdfPages(await renderPlanPdf(data))) {
        if (page.includes("B. TAMBAHAN")) expect(page, `${n} rows`).toContain("Wali kelas IV A");
        if (page.includes("A. UTAMA")) expect(page, `${n} rows`).toContain("Meningkatnya kompetensi");
      }
    }
  });

  it("prints a plan not yet agreed, without a pejabat penilai, with blanks to sign", async () => {
    const data = samplePlan();
    data.agreedDate = null;
    data.pejabatPenilai = null;
    data.signatures = { pegawai: { ...data.signatures.pegawai, date: null }, pejabatPenilai: null };
    data.additionalDuties = [];
    const all = pdfPages(await renderPlanPdf(data)).join("\n");
    expect(all).toContain("Rencana kinerja ini belum disepakati.");
    expect(all).toContain("Pejabat penilai belum ditetapkan.");
    expect(all).toContain("Tidak ada tugas tambahan.");
    expect(all).toContain("Sleman, ....");
  });
});
