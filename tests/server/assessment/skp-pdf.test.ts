import { describe, expect, it } from "vitest";
import { formatDate } from "../../../src/server/assessment/pdf-render.js";
import { renderSkpPdf } from "../../../src/server/assessment/skp-pdf.js";
import { containsInOrder, pdfPages } from "../../helpers/pdf-pages.js";
import { SAMPLE_NIP, SAMPLE_PEJABAT_NIP, sampleSkp } from "../../helpers/skp-pdf-sample.js";

/** A text of numbered sentences, each with a word found nowhere else, longer than a page in any column. */
function veryLong(sentences: number): string {
  return Array.from(
    { length: sentences },
    (_, i) => `Butir B${String(i).padStart(3, "0")} umpan balik tentang kesepakatan kelas yang dibuat bersama murid.`,
  ).join(" ");
}

const pagesWith = (pages: string[], text: string) => pages.flatMap((p, i) => (p.includes(text) ? [i + 1] : []));

describe("renderSkpPdf", () => {
  it("prints the sample SKP over several numbered A4 pages, with every section", async () => {
    const data = sampleSkp();
    const pdf = await renderSkpPdf(data);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const pages = pdfPages(pdf);
    const all = pages.join("\n");

    expect(pages.length).toBeGreaterThan(1);
    expect(pages).toEqual(pages.map((_, i) => expect.stringContaining(`Halaman ${i + 1} dari ${pages.length}`)));
    for (const text of [
      SAMPLE_NIP,
      SAMPLE_PEJABAT_NIP,
      "HASIL KERJA",
      "PERILAKU KERJA",
      "PRAKTIK KINERJA",
      "PREDIKAT KINERJA PEGAWAI",
      data.predikat.toUpperCase(),
      "12,500",
      "PERIODE PENILAIAN: 1 JANUARI 2026 S.D. 31 DESEMBER 2026",
      "DINAS PENDIDIKAN KABUPATEN SLEMAN",
      "LAMPIRAN",
      "Tantangan dikenali dengan jujur dan rinci.",
      "pada 2 Desember 2026",
      data.signatures.pegawai.name,
      data.signatures.pejabatPenilai?.name ?? "",
      data.signatures.atasanPejabatPenilai?.name ?? "",
    ]) {
      expect(all, text).toContain(text);
    }
    // All 15 RHK rows and both tugas tambahan; the empty realisasi is printed as a dash.
    for (const row of data.workResults.main) expect(containsInOrder(pages, row.rhk), row.rhk).toBe(true);
    expect(all).toContain("Koordinator P5");
    expect(all).toContain("—");
  });

  it("repeats a table's header on the next page, and keeps the signatures with the predikat", async () => {
    const pages = pdfPages(await renderSkpPdf(sampleSkp()));
    expect(pagesWith(pages, "RENCANA HASIL KERJA").length).toBeGreaterThanOrEqual(2);
    const signed = pagesWith(pages, "Pejabat Penilai Kinerja,");
    expect(signed).toHaveLength(1);
    expect(pagesWith(pages, "PREDIKAT KINERJA PEGAWAI")).toEqual(signed);
    // The lampiran starts on a page of its own, after the signatures.
    expect(pagesWith(pages, "CATATAN PRAKTIK KINERJA")[0]).toBeGreaterThan(signed[0] ?? 0);
  });

  it("never ends a page with a group heading (A. UTAMA, B. TAMBAHAN), however many RHK rows", async () => {
    // Without the heading kept with its first row, 10 rows leave "B. TAMBAHAN" at the foot of page 1.
    for (let n = 8; n <= 13; n++) {
      const data = sampleSkp();
      data.workResults.main = data.workResults.main.slice(0, n);
      for (const page of pdfPages(await renderSkpPdf(data))) {
        if (page.includes("B. TAMBAHAN")) expect(page, `${n} rows`).toContain("Wali kelas IV A");
        if (page.includes("A. UTAMA")) expect(page, `${n} rows`).toContain("Meningkatnya kompetensi");
      }
    }
  });

  it("prints a feedback longer than a page in full, across pages, even as the first row of its table", async () => {
    const data = sampleSkp();
    const long = veryLong(140);
    const first = data.behaviours[0];
    if (!first) throw new Error("sample has no behaviours");
    data.behaviours[0] = { ...first, feedback: long };
    data.practiceAxes[0] = { axis: "Upaya Refleksi", rating: "Sesuai Ekspektasi", note: long };
    const pages = pdfPages(await renderSkpPdf(data));

    const all = pages.join("\n");
    for (let i = 0; i < 140; i++) {
      const word = `B${String(i).padStart(3, "0")}`;
      expect(all.split(word).length - 1, word).toBe(2);
    }
    expect(containsInOrder(pages, long)).toBe(true);
    expect(pagesWith(pages, "UMPAN BALIK BERKELANJUTAN").length).toBeGreaterThanOrEqual(3);
  });

  it("leaves its input as it was (pdfmake rewrites what it is given)", async () => {
    const data = sampleSkp();
    await renderSkpPdf(data);
    expect(data).toEqual(sampleSkp());
  });

  it("says so when there is no pejabat penilai, and leaves the signature to be written by hand", async () => {
    const data = sampleSkp();
    data.pejabatPenilai = null;
    data.signatures = { pegawai: data.signatures.pegawai, pejabatPenilai: null };
    data.acknowledgement = null;
    data.creditPoints = null;
    const all = pdfPages(await renderSkpPdf(data)).join("\n");
    expect(all).toContain("Pejabat penilai belum ditetapkan.");
    expect(all).toContain("Hasil penilaian ini belum dibaca oleh pegawai.");
    expect(all).toContain("NIP. ....");
    expect(all).not.toContain(SAMPLE_PEJABAT_NIP);
    expect(all).not.toContain("Atasan Pejabat Penilai Kinerja");
  });

  it("keeps a long response of the pegawai, letting it flow before the signatures", async () => {
    const data = sampleSkp();
    const response = veryLong(60);
    data.acknowledgement = { date: "2026-12-02", response };
    const pages = pdfPages(await renderSkpPdf(data));
    expect(containsInOrder(pages, response)).toBe(true);
    expect(pages.join("\n")).toContain(data.signatures.pegawai.name);
  });
});

describe("formatDate", () => {
  it("writes a calendar date in Indonesian", () => {
    expect(formatDate("2026-11-29")).toBe("29 November 2026");
    expect(formatDate("2026-01-01")).toBe("1 Januari 2026");
  });

  it("refuses what is not a calendar date rather than print a wrong one", async () => {
    expect(() => formatDate("2026-02-30")).toThrow(/calendar date/);
    expect(() => formatDate("2026-11-29T23:00:00Z")).toThrow(/calendar date/);
    const data = sampleSkp();
    data.period = { ...data.period, end: "31-12-2026" };
    await expect(renderSkpPdf(data)).rejects.toThrow(/calendar date/);
  });
});
