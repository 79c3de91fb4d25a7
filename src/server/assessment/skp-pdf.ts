import type { Content, TableCell } from "pdfmake/interfaces.js";
import {
  type BehaviourRow,
  behaviourTable,
  documentHeader,
  labelledRows,
  type PdfPeriod,
  type PdfPerson,
  type PdfSignature,
  personBlocks,
  signatureBlocks,
  type WorkResultRow,
  workResultTable,
} from "./pdf-blocks.js";
import { formatDate, renderPdf } from "./pdf-render.js";
import { dash, GRID, HEADER_FILL, numberCell, sectionTable } from "./pdf-table.js";

export type { PdfPeriod, PdfPerson, PdfSignature } from "./pdf-blocks.js";

/**
 * Everything the SKP result document prints (DOMAIN.md §5), already in words: every label and
 * rating is the Indonesian text to print ("Sesuai Ekspektasi", "Baik"), every date a calendar date
 * "YYYY-MM-DD". The renderer decides nothing; the caller maps codes to labels.
 */
export type SkpPdfData = {
  /** The district's office, e.g. "Dinas Pendidikan Kabupaten Sleman". */
  instansi: string;
  period: PdfPeriod;
  pegawai: PdfPerson;
  /** Null when the cycle has no atasan (yet): the block says so instead of printing blanks. */
  pejabatPenilai: PdfPerson | null;
  /** HASIL KERJA: the RHK items (utama) and tugas tambahan; `realisation` may be empty. */
  workResults: {
    main: (WorkResultRow & { realisation?: string })[];
    additional: (WorkResultRow & { realisation?: string })[];
  };
  /** PERILAKU KERJA: the seven BerAKHLAK aspects with the expectation and the atasan's feedback. */
  behaviours: (BehaviourRow & { feedback?: string })[];
  /** Upaya Refleksi, Upaya Mempelajari, Perubahan Praktik: each axis, its rating label and note. */
  practiceAxes: { axis: string; rating: string; note?: string }[];
  workResultRating: string;
  behaviourRating: string;
  /** PREDIKAT KINERJA PEGAWAI, e.g. "Baik". */
  predikat: string;
  /** Angka kredit for the period; null when not counted (e.g. not a jabatan fungsional guru). */
  creditPoints: number | null;
  /** When the pegawai read the result, and what they wrote back; absent until acknowledged. */
  acknowledgement?: { date: string; response?: string } | null;
  signatures: {
    pegawai: PdfSignature;
    pejabatPenilai: PdfSignature | null;
    atasanPejabatPenilai?: PdfSignature | null;
  };
  /** LAMPIRAN: the practice record, section by section ("Dokumen Persiapan", "Observasi", ...). */
  attachment: { title: string; lines: string[] }[];
};

const creditFormat = new Intl.NumberFormat("id-ID", { minimumFractionDigits: 3, maximumFractionDigits: 3 });

function practiceTable(axes: SkpPdfData["practiceAxes"]): Content {
  const body = axes.map((a, i): TableCell[] => [
    numberCell(i + 1),
    { text: a.axis, bold: true },
    { text: a.rating, alignment: "center" },
    dash(a.note),
  ]);
  return sectionTable(
    "PRAKTIK KINERJA",
    [
      { header: "NO", width: 18 },
      { header: "ASPEK", width: 100 },
      { header: "RATING", width: 90 },
      { header: "CATATAN / UMPAN BALIK", width: "*" },
    ],
    body,
  );
}

function acknowledgementBlock(ack: SkpPdfData["acknowledgement"]): Content {
  const rows: TableCell[][] = [
    [{ text: "TANGGAPAN PEGAWAI", style: "section", fillColor: HEADER_FILL }],
    [
      ack
        ? `Hasil penilaian ini telah dibaca dan diterima oleh pegawai pada ${formatDate(ack.date)}.`
        : { text: "Hasil penilaian ini belum dibaca oleh pegawai.", italics: true, style: "muted" },
    ],
  ];
  if (ack?.response?.trim()) rows.push([ack.response]);
  return { table: { headerRows: 1, widths: ["*"], body: rows }, layout: GRID, margin: [0, 0, 0, 8] };
}

function attachmentPage(data: SkpPdfData): Content {
  const sections = data.attachment.map((s) =>
    sectionTable(
      s.title.toUpperCase(),
      [{ header: "", width: "*" }],
      [[s.lines.length ? { stack: s.lines.map((l) => ({ text: l, margin: [0, 0, 0, 3] })) } : "—"]],
    ),
  );
  return [
    { text: "LAMPIRAN", style: "title", pageBreak: "before" },
    { text: "CATATAN PRAKTIK KINERJA", style: "subtitle" },
    {
      text: `${data.pegawai.name} · NIP ${data.pegawai.nip} · ${data.period.name}`,
      alignment: "center",
      margin: [0, 2, 0, 12],
    },
    ...(sections.length ? sections : [{ text: "Tidak ada catatan praktik.", italics: true }]),
  ];
}

/** A pegawai's response up to this long is kept on the page of the signatures (see `closing`). */
const SHORT_RESPONSE = 600;

/**
 * The ratings, the pegawai's response and the signatures, kept on one page so nobody signs a page
 * that does not show what they sign. A long response cannot be kept whole (pdfmake drops what an
 * unbreakable block cannot fit on one page), so it flows and only the signatures stay together.
 */
function closing(data: SkpPdfData): Content {
  const blocks = [
    labelledRows([
      { label: "RATING PERILAKU KERJA", value: data.behaviourRating },
      { label: "PREDIKAT KINERJA PEGAWAI", value: data.predikat, strong: true },
      { label: "ANGKA KREDIT", value: data.creditPoints === null ? "—" : creditFormat.format(data.creditPoints) },
    ]),
    acknowledgementBlock(data.acknowledgement),
    signatureBlocks(data.signatures),
  ];
  const response = data.acknowledgement?.response ?? "";
  const short = response.length <= SHORT_RESPONSE && response.split("\n").length <= 6;
  return short ? { stack: blocks, unbreakable: true } : blocks;
}

/** The SKP result document as a PDF: identity, HASIL KERJA, PERILAKU KERJA, ratings, signatures, lampiran. */
export async function renderSkpPdf(data: SkpPdfData): Promise<Buffer> {
  const { workResults: w } = data;
  return renderPdf({
    title: `SKP ${data.pegawai.name} ${data.period.name}`,
    footerNote: `Evaluasi Kinerja Pegawai · ${data.pegawai.name} · NIP ${data.pegawai.nip}`,
    content: [
      documentHeader(["Evaluasi Kinerja Pegawai", "Sasaran Kinerja Pegawai (SKP)"], data.instansi, data.period),
      personBlocks(data.pegawai, data.pejabatPenilai),
      workResultTable(w.main, w.additional, { header: "REALISASI", value: (r) => r.realisation }),
      practiceTable(data.practiceAxes),
      labelledRows([{ label: "RATING HASIL KERJA", value: data.workResultRating }]),
      behaviourTable(data.behaviours, { feedback: (r) => r.feedback }),
      closing(data),
      attachmentPage(data),
    ],
  });
}
