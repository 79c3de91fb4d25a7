import type { Content, TableCell } from "pdfmake/interfaces.js";
import {
  type BehaviourRow,
  behaviourTable,
  documentHeader,
  type PdfPeriod,
  type PdfPerson,
  type PdfSignature,
  personBlocks,
  signatureBlocks,
  type WorkResultRow,
  workResultTable,
} from "./pdf-blocks.js";
import { formatDate, renderPdf } from "./pdf-render.js";
import { GRID, HEADER_FILL } from "./pdf-table.js";

/**
 * The agreed plan (perencanaan kinerja, DOMAIN.md §3) as printed: the same identity, HASIL KERJA and
 * PERILAKU KERJA blocks as the SKP, without realisation or ratings. Texts are final Indonesian
 * words; dates are calendar dates "YYYY-MM-DD".
 */
export type PlanPdfData = {
  instansi: string;
  period: PdfPeriod;
  pegawai: PdfPerson;
  pejabatPenilai: PdfPerson | null;
  /** The one practice indicator (guru) or leadership indicator (KS) and its chosen target perilaku. */
  practice: { indicator: string; targetBehaviours: string[] };
  /** The RHK items: text, indikator, target ("2 kegiatan"). */
  rhkItems: WorkResultRow[];
  /** Tugas tambahan, in the same shape ("Wali kelas", "SK ...", "1 SK / 12 bulan"). */
  additionalDuties: WorkResultRow[];
  /** The seven BerAKHLAK aspects with the expectation agreed with the atasan. */
  behaviours: BehaviourRow[];
  /** When the pegawai agreed (Sepakati); null while not yet agreed. */
  agreedDate: string | null;
  signatures: { pegawai: PdfSignature; pejabatPenilai: PdfSignature | null };
};

function practiceBlock(practice: PlanPdfData["practice"]): Content {
  const targets: TableCell = practice.targetBehaviours.length
    ? { ol: [...practice.targetBehaviours] } // a copy: pdfmake rewrites list items in place
    : { text: "Belum dipilih.", italics: true, style: "muted" };
  return {
    table: {
      headerRows: 1,
      widths: [110, "*"],
      body: [
        [{ text: "PRAKTIK KINERJA", style: "section", fillColor: HEADER_FILL, colSpan: 2 }, {}],
        [{ text: "Indikator", bold: true }, practice.indicator],
        [{ text: "Target perilaku", bold: true }, targets],
      ],
    },
    layout: GRID,
    margin: [0, 0, 0, 8],
  };
}

/** The agreed plan as a PDF, to print and sign. */
export async function renderPlanPdf(data: PlanPdfData): Promise<Buffer> {
  const agreed = data.agreedDate
    ? `Rencana kinerja ini disepakati oleh pegawai dan pejabat penilai kinerja pada ${formatDate(data.agreedDate)}.`
    : "Rencana kinerja ini belum disepakati.";
  return renderPdf({
    title: `Rencana SKP ${data.pegawai.name} ${data.period.name}`,
    footerNote: `Rencana Sasaran Kinerja Pegawai · ${data.pegawai.name} · NIP ${data.pegawai.nip}`,
    content: [
      documentHeader(["Sasaran Kinerja Pegawai", "Rencana Kinerja yang Disepakati"], data.instansi, data.period),
      personBlocks(data.pegawai, data.pejabatPenilai),
      practiceBlock(data.practice),
      workResultTable(data.rhkItems, data.additionalDuties),
      behaviourTable(data.behaviours, {
        after: [{ text: agreed, italics: !data.agreedDate }, signatureBlocks(data.signatures)],
      }),
    ],
  });
}
