import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import {
  buildExcelReport,
  type ExcelReportInput,
  type ExcelReportPerson,
  SCHOOL_HEADER,
  SUMMARY_HEADER,
} from "../../../src/server/assessment/excel-report.js";

// No database: the report is built from plain input and read back with exceljs.

function person(over: Partial<ExcelReportPerson>): ExcelReportPerson {
  return {
    nip: "198503152010011004",
    name: "Siti Aminah",
    track: "guru",
    stage: "Penilaian · Selesai",
    ratingHasilKerja: "sesuai",
    ratingPerilaku: "di_atas",
    predikat: "baik",
    angkaKredit: 25,
    ...over,
  };
}

const LONG = "SD Negeri 1 Sukamaju Kecamatan Cimahi Utara";
const input: ExcelReportInput = {
  districtName: "Dinas Pendidikan Kota Cimahi",
  periodName: "Periode 2026",
  generatedAt: "2026-12-21T02:00:00.000Z",
  schools: [
    {
      name: LONG,
      npsn: "20212345",
      people: [
        person({ nip: "198503152010011004", name: "Siti Aminah" }),
        person({ nip: null, name: "=HYPERLINK(1)", predikat: "sangat_baik", angkaKredit: 37.5 }),
        person({
          name: "Budi",
          stage: "Pelaksanaan · Refleksi",
          ratingHasilKerja: null,
          ratingPerilaku: null,
          predikat: null,
          angkaKredit: null,
        }),
      ],
    },
    { name: LONG, npsn: "20212346", people: [person({ predikat: "butuh_perbaikan", track: "kepala_sekolah" })] },
    { name: "SMP: Al/Ikhlas [Swasta]", npsn: null, people: [] },
  ],
};

let wb: ExcelJS.Workbook;
beforeAll(async () => {
  const buffer = await buildExcelReport(input);
  expect(buffer.subarray(0, 2).toString()).toBe("PK"); // a zip: an .xlsx
  wb = new ExcelJS.Workbook();
  // exceljs types `load` as taking an ArrayBuffer (its own `Buffer`); a copy is one, no cast needed.
  await wb.xlsx.load(new Uint8Array(buffer).buffer);
});

function values(ws: ExcelJS.Worksheet | undefined, row: number): unknown[] {
  const v = ws?.getRow(row).values;
  return Array.isArray(v) ? v.slice(1) : [];
}

describe("buildExcelReport", () => {
  it("names a sheet per school after the summary, legal and unique", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Ringkasan",
      "SD Negeri 1 Sukamaju Kecamatan",
      "SD Negeri 1 Sukamaju Kecama (2)",
      "SMP Al Ikhlas Swasta",
    ]);
  });

  it("writes a school's header bold and frozen, its people in Indonesian", () => {
    const ws = wb.getWorksheet("SD Negeri 1 Sukamaju Kecamatan");
    expect(values(ws, 1)).toEqual([LONG]);
    expect(values(ws, 2)).toEqual(["NPSN 20212345 · Dinas Pendidikan Kota Cimahi · Periode 2026"]);
    expect(values(ws, 3)).toEqual(SCHOOL_HEADER);
    expect(ws?.getRow(3).getCell(1).font?.bold).toBe(true);
    expect(ws?.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(values(ws, 4)).toEqual([
      1,
      "198503152010011004",
      "Siti Aminah",
      "Guru",
      "Penilaian · Selesai",
      "Sesuai ekspektasi",
      "Di atas ekspektasi",
      "Baik",
      25,
    ]);
    // No NIP, a name that looks like a formula: stored as text, neutralised; angka kredit a number.
    const formulaRow = ws?.getRow(5);
    expect(formulaRow?.getCell(2).value).toBeNull();
    expect(formulaRow?.getCell(3).value).toBe("'=HYPERLINK(1)");
    expect(formulaRow?.getCell(3).type).toBe(ExcelJS.ValueType.String);
    expect(formulaRow?.getCell(8).value).toBe("Sangat Baik");
    expect(formulaRow?.getCell(9).value).toBe(37.5);
    // Not yet rated: empty cells, not "null".
    expect(values(ws, 6)).toEqual([3, "198503152010011004", "Budi", "Guru", "Pelaksanaan · Refleksi"]);
    expect(ws?.getColumn(3).width).toBeGreaterThanOrEqual("=HYPERLINK(1)".length);
  });

  it("writes a school with no people as its header alone", () => {
    const ws = wb.getWorksheet("SMP Al Ikhlas Swasta");
    expect(values(ws, 2)).toEqual(["NPSN – · Dinas Pendidikan Kota Cimahi · Periode 2026"]);
    expect(values(ws, 3)).toEqual(SCHOOL_HEADER);
    expect(ws?.rowCount).toBe(3);
  });

  it("counts each predikat per school and for the district, as values", () => {
    const ws = wb.getWorksheet("Ringkasan");
    expect(values(ws, 2)).toEqual(["Dinas: Dinas Pendidikan Kota Cimahi"]);
    expect(values(ws, 6)).toEqual(SUMMARY_HEADER);
    expect(ws?.views[0]).toMatchObject({ state: "frozen", ySplit: 6 });
    // Sekolah, NPSN, Lembar, Jumlah, SB, B, BP, K, SK, belum.
    expect(values(ws, 7)).toEqual([LONG, "20212345", "SD Negeri 1 Sukamaju Kecamatan", 3, 1, 1, 0, 0, 0, 1]);
    expect(values(ws, 8)).toEqual([LONG, "20212346", "SD Negeri 1 Sukamaju Kecama (2)", 1, 0, 0, 1, 0, 0, 0]);
    expect(values(ws, 9)).toEqual(["SMP: Al/Ikhlas [Swasta]", undefined, "SMP Al Ikhlas Swasta", 0, 0, 0, 0, 0, 0, 0]);
    expect(values(ws, 10)).toEqual(["Total Dinas", undefined, undefined, 4, 1, 1, 1, 0, 0, 1]);
    expect(ws?.getRow(10).font?.bold).toBe(true);
    ws?.eachRow((row) => {
      row.eachCell((cell) => expect(cell.formula).toBeUndefined());
    });
  });
});
