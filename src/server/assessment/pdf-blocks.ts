import type { Content, TableCell } from "pdfmake/interfaces.js";
import { formatDate } from "./pdf-render.js";
import {
  dash,
  GRID,
  GROUP_FILL,
  groupRow,
  HEADER_FILL,
  NO_LINES,
  noneRow,
  numberCell,
  sectionTable,
} from "./pdf-table.js";

/**
 * The blocks the SKP and the agreed plan share, laid out like the government's SKP form: one grid
 * of thin black lines, grey section and column headers, numbered rows (pdf-table.ts).
 */

/** A pegawai or pejabat penilai as printed in the identity block. */
export type PdfPerson = { name: string; nip: string; rank: string; position: string; unit: string };
export type PdfPeriod = { name: string; start: string; end: string };
/** Who signs, where and when; `date: null` leaves the date to be written by hand. */
export type PdfSignature = { place: string; date: string | null; name: string; nip: string };
/** A row of HASIL KERJA: an RHK item or a tugas tambahan. */
export type WorkResultRow = { rhk: string; indicator: string; target: string };

/** The title lines, then the instansi at the left and the assessment period at the right. */
export function documentHeader(titles: string[], instansi: string, period: PdfPeriod): Content {
  const range = `${formatDate(period.start)} s.d. ${formatDate(period.end)}`.toUpperCase();
  return [
    ...titles.map((t, i): Content => ({ text: t.toUpperCase(), style: i === 0 ? "title" : "subtitle" })),
    { text: `PERIODE: ${period.name.toUpperCase()}`, style: "subtitle", margin: [0, 0, 0, 12] },
    {
      columns: [
        { text: instansi.toUpperCase(), bold: true, width: "*" },
        { text: `PERIODE PENILAIAN: ${range}`, bold: true, width: "auto", alignment: "right" },
      ],
      columnGap: 12,
      margin: [0, 0, 0, 4],
    },
  ];
}

const PERSON_FIELDS: { label: string; value: (p: PdfPerson) => string }[] = [
  { label: "NAMA", value: (p) => p.name },
  { label: "NIP", value: (p) => p.nip },
  { label: "PANGKAT/GOL. RUANG", value: (p) => p.rank },
  { label: "JABATAN", value: (p) => p.position },
  { label: "UNIT KERJA", value: (p) => p.unit },
];

/** Pegawai yang dinilai beside the pejabat penilai kinerja; an absent pejabat penilai is said so. */
export function personBlocks(pegawai: PdfPerson, pejabatPenilai: PdfPerson | null): Content {
  const header: TableCell[] = [
    { text: "NO", style: "th", fillColor: HEADER_FILL },
    { text: "PEGAWAI YANG DINILAI", colSpan: 2, style: "th", fillColor: HEADER_FILL },
    {},
    { text: "NO", style: "th", fillColor: HEADER_FILL },
    { text: "PEJABAT PENILAI KINERJA", colSpan: 2, style: "th", fillColor: HEADER_FILL },
    {},
  ];
  const rows = PERSON_FIELDS.map((f, i): TableCell[] => {
    const right: TableCell[] = pejabatPenilai
      ? [numberCell(i + 1), { text: f.label, fontSize: 8 }, dash(f.value(pejabatPenilai))]
      : i === 0
        ? [{ text: "Pejabat penilai belum ditetapkan.", colSpan: 3, rowSpan: 5, italics: true, style: "muted" }, {}, {}]
        : [{}, {}, {}];
    return [numberCell(i + 1), { text: f.label, fontSize: 8 }, dash(f.value(pegawai)), ...right];
  });
  return {
    table: { dontBreakRows: true, widths: [14, 66, "*", 14, 66, "*"], body: [header, ...rows] },
    layout: GRID,
    unbreakable: true,
    margin: [0, 0, 0, 8],
  };
}

/** HASIL KERJA: A. Utama and B. Tambahan, with a REALISASI column when the period is being assessed. */
export function workResultTable<R extends WorkResultRow>(
  main: R[],
  additional: R[],
  realisation?: { header: string; value: (row: R) => string | undefined },
): Content {
  const columns = [
    { header: "NO", width: 18 },
    { header: "RENCANA HASIL KERJA", width: "*" },
    { header: "INDIKATOR KINERJA INDIVIDU", width: "*" },
    { header: "TARGET", width: realisation ? 62 : 80 },
    ...(realisation ? [{ header: realisation.header, width: 100 }] : []),
  ];
  const rows = (items: R[], none: string) =>
    items.length === 0
      ? [noneRow(none, columns.length)]
      : items.map((r, i): TableCell[] => [
          numberCell(i + 1),
          r.rhk,
          r.indicator,
          r.target,
          ...(realisation ? [dash(realisation.value(r))] : []),
        ]);
  return sectionTable("HASIL KERJA", columns, [
    groupRow("A. UTAMA", columns.length),
    ...rows(main, "Tidak ada rencana hasil kerja utama."),
    groupRow("B. TAMBAHAN", columns.length),
    ...rows(additional, "Tidak ada tugas tambahan."),
  ]);
}

/** A label and its value on one line of the grid ("PREDIKAT KINERJA PEGAWAI | BAIK"). */
export function labelledRows(rows: { label: string; value: string; strong?: boolean }[]): Content {
  return {
    table: {
      dontBreakRows: true,
      widths: ["*", 190],
      body: rows.map((r): TableCell[] => [
        { text: r.label, bold: true, fillColor: GROUP_FILL },
        { text: r.value.toUpperCase(), bold: true, alignment: "center", fontSize: r.strong ? 10.5 : 9 },
      ]),
    },
    layout: GRID,
    unbreakable: true,
    margin: [0, 0, 0, 8],
  };
}

const BLANK = "....................................";

/**
 * The signatures side by side — pegawai, pejabat penilai, and the atasan pejabat penilai when there
 * is one — as a borderless table, so the places, roles, names and NIPs line up across the columns
 * however the roles wrap. A missing signatory leaves dotted lines to be filled in by hand.
 */
export function signatureBlocks(signatures: {
  pegawai: PdfSignature;
  pejabatPenilai: PdfSignature | null;
  atasanPejabatPenilai?: PdfSignature | null;
}): Content {
  const blocks: { role: string; s: PdfSignature | null }[] = [
    { role: "Pegawai yang Dinilai,", s: signatures.pegawai },
    { role: "Pejabat Penilai Kinerja,", s: signatures.pejabatPenilai },
  ];
  if (signatures.atasanPejabatPenilai) {
    blocks.push({ role: "Mengetahui,\nAtasan Pejabat Penilai Kinerja,", s: signatures.atasanPejabatPenilai });
  }
  const row = (cell: (b: (typeof blocks)[number]) => TableCell): TableCell[] => blocks.map(cell);
  return {
    table: {
      widths: blocks.map(() => "*"),
      body: [
        row(({ s }) => (s ? `${s.place}, ${s.date ? formatDate(s.date) : BLANK}` : `${BLANK}, ${BLANK}`)),
        row(({ role }) => role),
        row(() => ({ text: "", margin: [0, 0, 0, 46] })),
        row(({ s }) => (s ? { text: s.name, bold: true, decoration: "underline" } : `(${BLANK})`)),
        row(({ s }) => `NIP. ${s ? s.nip : BLANK}`),
      ],
    },
    layout: { ...NO_LINES, paddingLeft: () => 6, paddingRight: () => 6 },
    alignment: "center",
    unbreakable: true,
    margin: [0, 10, 0, 0],
  };
}

/** One BerAKHLAK aspect: its name, optionally its standard behaviours, and the atasan's expectation. */
export type BehaviourRow = { aspect: string; behaviours?: string[]; expectation: string };

/**
 * PERILAKU KERJA: the seven aspects, with the atasan's feedback beside them once assessed; `after`
 * is kept with the last aspect (see `sectionTable`).
 */
export function behaviourTable<R extends BehaviourRow>(
  rows: R[],
  options: { feedback?: (row: R) => string | undefined; after?: Content } = {},
): Content {
  const { feedback } = options;
  const columns = [
    { header: "NO", width: 18 },
    { header: "PERILAKU KERJA", width: feedback ? 140 : "*" },
    { header: "EKSPEKTASI KHUSUS PIMPINAN", width: feedback ? 120 : "*" },
    ...(feedback ? [{ header: "UMPAN BALIK BERKELANJUTAN", width: "*" }] : []),
  ];
  const body = rows.map((r, i): TableCell[] => [
    numberCell(i + 1),
    {
      stack: [
        { text: r.aspect, bold: true },
        // A copy: pdfmake rewrites list items in place, and these may be the catalogue's own arrays.
        ...(r.behaviours?.length ? [{ ul: [...r.behaviours], fontSize: 8, margin: [0, 2, 0, 0] } as Content] : []),
      ],
    },
    dash(r.expectation),
    ...(feedback ? [dash(feedback(r))] : []),
  ]);
  return sectionTable(
    "PERILAKU KERJA",
    columns,
    body.length ? body : [noneRow("Tidak ada.", columns.length)],
    options.after,
  );
}
