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

/**
 * Title lines (the first bold; "" leaves a gap), then a bold header row frozen with everything
 * above it, then the rows. Returns the row number of the last row.
 */
function fillSheet(ws: ExcelJS.Worksheet, title: readonly string[], header: readonly string[], rows: Cell[][]): number {
  for (const [i, line] of title.entries()) if (line !== "") ws.getRow(i + 1).getCell(1).value = text(line);
  ws.getRow(1).font = { bold: true, size: 14 };
  const headerRow = title.length + 1;
  ws.getRow(headerRow).values = [...header];
  ws.getRow(headerRow).font = { bold: true };
  ws.getRow(headerRow).eachCell((c) => {
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF4" } };
    c.border = { bottom: { style: "thin" } };
  });
  rows.forEach((r, i) => {
    ws.getRow(headerRow + 1 + i).values = r;
  });
  ws.views = [{ state: "frozen", ySplit: headerRow, xSplit: 0 }];
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: header.length } };
  // Width from the longest header or value (title lines may overflow into empty cells), within reason.
  header.forEach((h, col) => {
    const longest = rows.reduce((n, r) => Math.max(n, String(r[col] ?? "").length), h.length);
    ws.getColumn(col + 1).width = Math.min(Math.max(longest + 2, 6), 50);
  });
  return headerRow + rows.length;
}

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
  const wb = new ExcelJS.Workbook();
  const created = new Date(input.generatedAt);
  wb.creator = "Kinerja";
  if (!Number.isNaN(created.getTime())) {
    wb.created = created;
    wb.modified = created;
  }
  const sheetName = sheetNamer([SUMMARY_SHEET]);
  const summary = wb.addWorksheet(SUMMARY_SHEET);
  const where = `${input.districtName} · ${input.periodName}`;

  const summaryRows: Cell[][] = [];
  for (const school of input.schools) {
    const name = sheetName(school.name);
    const counts = countCells(school.people);
    summaryRows.push([text(school.name), text(school.npsn), text(name), ...counts]);
    const title = [school.name, `NPSN ${school.npsn ?? "–"} · ${where}`];
    fillSheet(wb.addWorksheet(name), title, SCHOOL_HEADER, school.people.map(personRow));
  }
  summaryRows.push(["Total Dinas", null, null, ...countCells(input.schools.flatMap((s) => s.people))]);

  const title = [
    "Ringkasan Penilaian Kinerja",
    `Dinas: ${input.districtName}`,
    `Periode: ${input.periodName}`,
    `Dibuat: ${input.generatedAt}`,
    "",
  ];
  summary.getRow(fillSheet(summary, title, SUMMARY_HEADER, summaryRows)).font = { bold: true };

  return Buffer.from(await wb.xlsx.writeBuffer());
}
