import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { type Expectation, PREDIKATS, type Predikat } from "../../domain/assessment/scale.js";
import { neutraliseFormula } from "../../domain/export/csv.js";
import { EXPECTATION_LABELS, PREDIKAT_LABELS, TRACK_LABELS } from "../../domain/export/labels.js";
import { sheetNamer } from "../../domain/export/sheet-names.js";
import type { CycleTrack } from "../../domain/org/assessors.js";

export type ExcelReportPerson = {
  nip: string | null;
  name: string;
  track: CycleTrack;
  /** Where the cycle stands, as people read it: "Pelaksanaan · Refleksi". */
  stage: string;
  ratingHasilKerja: Expectation | null;
  ratingPerilaku: Expectation | null;
  predikat: Predikat | null;
  angkaKredit: number | null;
};
export type ExcelReportSchool = { name: string; npsn: string | null; people: readonly ExcelReportPerson[] };
export type ExcelReportInput = {
  districtName: string;
  periodName: string;
  /** ISO 8601 instant, printed as given and used as the workbook's creation time. */
  generatedAt: string;
  schools: readonly ExcelReportSchool[];
};

export const SUMMARY_SHEET = "Ringkasan";
const PREDIKAT_COLUMNS = [...PREDIKATS.map((p) => PREDIKAT_LABELS[p]), "Belum Ada Predikat"];
export const SUMMARY_HEADER = ["Sekolah", "NPSN", "Lembar", "Jumlah Pegawai", ...PREDIKAT_COLUMNS];
export const SCHOOL_HEADER = [
  "No",
  "NIP",
  "Nama",
  "Peran",
  "Tahap",
  "Rating Hasil Kerja",
  "Rating Perilaku Kerja",
  "Predikat",
  "Angka Kredit",
];

type Cell = string | number | null;

/**
 * User text as a cell. exceljs stores a string as a string, never a formula; the apostrophe is a
 * second lock for a sheet copied out as CSV or a viewer that evaluates text (same rule as csv.ts).
 */
function text(value: string | null): string | null {
  return value === null ? null : neutraliseFormula(value);
}

type Writer = InstanceType<typeof ExcelJS.stream.xlsx.WorkbookWriter>;

/**
 * Title lines (the first bold; "" leaves a gap), then a bold header row frozen with everything
 * above it, then the rows, each committed as written: the streaming writer keeps no sheet in
 * memory. Column widths come first (the writer writes them before any row).
 */
function addSheet(
  wb: Writer,
  name: string,
  title: readonly string[],
  header: readonly string[],
  rows: Cell[][],
  boldLast = false,
) {
  const headerRow = title.length + 1;
  // The writer takes its views only when the sheet is made.
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: headerRow, xSplit: 0 }] });
  // Width from the longest header or value (title lines may overflow into empty cells), within reason.
  ws.columns = header.map((h, col) => {
    const longest = rows.reduce((n, r) => Math.max(n, String(r[col] ?? "").length), h.length);
    return { width: Math.min(Math.max(longest + 2, 6), 50) };
  });
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: header.length } };
  for (const [i, line] of title.entries()) {
    const row = ws.addRow(line === "" ? [] : [text(line)]);
    if (i === 0) row.font = { bold: true, size: 14 };
    row.commit();
  }
  const head = ws.addRow([...header]);
  head.font = { bold: true };
  head.eachCell((c) => {
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF4" } };
    c.border = { bottom: { style: "thin" } };
  });
  head.commit();
  rows.forEach((r, i) => {
    const row = ws.addRow(r);
    if (boldLast && i === rows.length - 1) row.font = { bold: true };
    row.commit();
  });
  ws.commit();
}

/** Lets other requests run between sheets: a province's report is thousands of them. */
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The summary's numbers for some people: how many, then each predikat best first, then none yet. */
function countCells(people: readonly ExcelReportPerson[]): number[] {
  const count = (predikat: Predikat | null) => people.filter((p) => p.predikat === predikat).length;
  return [people.length, ...PREDIKATS.map(count), count(null)];
}

function personRow(p: ExcelReportPerson, i: number): Cell[] {
  return [
    i + 1,
    text(p.nip),
    text(p.name),
    TRACK_LABELS[p.track],
    text(p.stage),
    p.ratingHasilKerja === null ? null : EXPECTATION_LABELS[p.ratingHasilKerja],
    p.ratingPerilaku === null ? null : EXPECTATION_LABELS[p.ratingPerilaku],
    p.predikat === null ? null : PREDIKAT_LABELS[p.predikat],
    p.angkaKredit,
  ];
}

/**
 * The district's Penilaian report as an .xlsx: a "Ringkasan" sheet (per school, the number of
 * each predikat, and the district's totals, written as values so the file reads the same
 * anywhere), then one sheet per school listing its people.
 */
export async function buildExcelReport(input: ExcelReportInput): Promise<Buffer> {
  // Streamed: each row is written out as it is added, so the workbook is never held as a model
  // (the in-memory workbook took ~860 MB and 14 s of one thread at 100 k people).
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const created = new Date(input.generatedAt);
  wb.creator = "Kinerja";
  if (!Number.isNaN(created.getTime())) {
    wb.created = created;
    wb.modified = created;
  }
  const sheetName = sheetNamer([SUMMARY_SHEET]);
  const where = `${input.districtName} · ${input.periodName}`;
  const names = input.schools.map((school) => sheetName(school.name));

  // The summary first (it is the first sheet), from counts known before any school sheet is written.
  const summaryRows: Cell[][] = input.schools.map((school, i) => [
    text(school.name),
    text(school.npsn),
    text(names[i] ?? ""),
    ...countCells(school.people),
  ]);
  summaryRows.push(["Total Dinas", null, null, ...countCells(input.schools.flatMap((s) => s.people))]);
  const title = [
    "Ringkasan Penilaian Kinerja",
    `Dinas: ${input.districtName}`,
    `Periode: ${input.periodName}`,
    `Dibuat: ${input.generatedAt}`,
    "",
  ];
  addSheet(wb, SUMMARY_SHEET, title, SUMMARY_HEADER, summaryRows, true);

  for (const [i, school] of input.schools.entries()) {
    const lines = [school.name, `NPSN ${school.npsn ?? "–"} · ${where}`];
    addSheet(wb, names[i] ?? "", lines, SCHOOL_HEADER, school.people.map(personRow));
    await yieldToOthers();
  }
  await wb.commit();
  return Buffer.concat(chunks);
}
