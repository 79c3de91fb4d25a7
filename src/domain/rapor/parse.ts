import { clean, controlCharacterMessage } from "../import/cells.js";
import { readRecords } from "../import/csv-text.js";
import type { FileProblem, RowError } from "../import/types.js";
import { RAPOR_CATEGORIES, type RaporCategory } from "../planning/recommend.js";
import { type IndicatorRef, matchIndicator } from "./indicators.js";

/**
 * The Rapor Pendidikan CSV: `npsn, indikator, nilai, kategori` (header in any case, comma or
 * semicolon), either one school's (every NPSN must be that school's) or a district's (every NPSN
 * one of its schools). Every row is checked and every problem reported with its line, so an
 * operator fixes the file in one pass; any problem means nothing is imported.
 */
export const RAPOR_COLUMNS = ["npsn", "indikator", "nilai", "kategori"] as const;
type RaporColumn = (typeof RAPOR_COLUMNS)[number];

export type RaporRow = {
  line: number;
  npsn: string;
  indicatorCode: string;
  score: number | null;
  category: RaporCategory | null;
};

export type RaporParse =
  | { ok: true; rows: RaporRow[]; ignoredColumns: string[] }
  | { ok: false; problem: FileProblem }
  | { ok: false; errors: RowError[] };

type Options = {
  /** One school's NPSN, or the NPSNs of a district's schools. */
  npsn: string | ReadonlySet<string>;
  indicators: readonly IndicatorRef[];
};

function headerIndex(header: string[]): { index: Map<RaporColumn, number>; ignored: string[]; duplicates: string[] } {
  const index = new Map<RaporColumn, number>();
  const ignored: string[] = [];
  const duplicates: string[] = [];
  header.forEach((raw, i) => {
    const name = clean(raw).toLowerCase();
    const column = RAPOR_COLUMNS.find((c) => c === name);
    if (!column) {
      if (name !== "") ignored.push(clean(raw));
    } else if (index.has(column)) duplicates.push(column);
    else index.set(column, i);
  });
  return { index, ignored, duplicates };
}

export function parseScore(raw: string): { ok: true; value: number | null } | { ok: false; message: string } {
  const value = clean(raw);
  if (value === "") return { ok: true, value: null };
  if (!/^\d{1,3}$/.test(value) || Number(value) > 100) {
    return { ok: false, message: `Nilai harus bilangan bulat 0–100 (tertulis "${value}").` };
  }
  return { ok: true, value: Number(value) };
}

export function parseCategory(raw: string): { ok: true; value: RaporCategory | null } | { ok: false; message: string } {
  const value = clean(raw);
  if (value === "") return { ok: true, value: null };
  const found = RAPOR_CATEGORIES.find((c) => c === value.toLowerCase());
  return found
    ? { ok: true, value: found }
    : { ok: false, message: `Kategori "${value}" tidak dikenal. Isi baik, sedang, atau kurang.` };
}

/** Why a row's NPSN is refused, or null when it belongs in this file. */
function npsnProblem(rowNpsn: string, expected: Options["npsn"]): string | null {
  if (rowNpsn === "") return "NPSN wajib diisi pada setiap baris.";
  if (typeof expected === "string") {
    return rowNpsn === expected ? null : `NPSN ${rowNpsn} bukan NPSN sekolah ini (${expected}).`;
  }
  return expected.has(rowNpsn)
    ? null
    : `NPSN ${rowNpsn} bukan sekolah di dinas ini. Periksa NPSN atau daftarkan sekolahnya dulu.`;
}

export function parseRaporCsv(text: string, { npsn, indicators }: Options): RaporParse {
  const read = readRecords(text);
  if (!read.ok) return { ok: false, errors: [read.error] };
  const [header, ...records] = read.records;
  if (!header) return { ok: false, problem: { kind: "empty" } };
  const { index, ignored, duplicates } = headerIndex(header.cells);
  if (duplicates.length > 0) return { ok: false, problem: { kind: "duplicateColumns", columns: duplicates } };
  const missing: string[] = (["npsn", "indikator"] as const).filter((c) => !index.has(c));
  if (!index.has("nilai") && !index.has("kategori")) missing.push("nilai atau kategori");
  if (missing.length > 0) return { ok: false, problem: { kind: "missingColumns", columns: missing } };

  const errors: RowError[] = [];
  const rows: RaporRow[] = [];
  // An indicator appears once per school: keyed by NPSN and indicator code.
  const seen = new Map<string, number>();
  for (const { line, cells } of records) {
    // A row of separators only (";;;" from a spreadsheet) is a blank line.
    if (cells.every((c) => clean(c) === "")) continue;
    const get = (c: RaporColumn) => {
      const i = index.get(c);
      return i === undefined ? "" : (cells[i] ?? "");
    };
    const fail = (column: RaporColumn | "", message: string) => errors.push({ line, column, message });
    const controls = RAPOR_COLUMNS.map((c) => [c, controlCharacterMessage(get(c), c)] as const);
    for (const [column, message] of controls) if (message) fail(column, message);
    if (controls.some(([, message]) => message)) continue;
    const rowNpsn = clean(get("npsn")).replace(/\s/g, "");
    const badNpsn = npsnProblem(rowNpsn, npsn);
    if (badNpsn) fail("npsn", badNpsn);

    const rawIndicator = clean(get("indikator"));
    const indicator = matchIndicator(rawIndicator, indicators);
    if (rawIndicator === "") fail("indikator", "Indikator wajib diisi.");
    else if (!indicator) {
      fail(
        "indikator",
        `Indikator "${rawIndicator}" tidak dikenal. Isi kode atau nama salah satu indikator praktik pembelajaran: ` +
          `${indicators.map((i) => i.code).join(", ")}.`,
      );
    } else if (!badNpsn) {
      const key = `${rowNpsn}\u0000${indicator.code}`;
      const first = seen.get(key);
      if (first !== undefined) {
        const where = typeof npsn === "string" ? "" : ` untuk NPSN ${rowNpsn}`;
        fail("indikator", `Indikator "${indicator.name}"${where} sudah ada di baris ${first}.`);
      } else seen.set(key, line);
    }

    const score = parseScore(get("nilai"));
    if (!score.ok) fail("nilai", score.message);
    const category = parseCategory(get("kategori"));
    if (!category.ok) fail("kategori", category.message);
    if (score.ok && category.ok && score.value === null && category.value === null) {
      fail("", "Isi nilai (0–100) atau kategori (baik, sedang, kurang) pada baris ini.");
    }
    if (indicator && !badNpsn && score.ok && category.ok) {
      rows.push({ line, npsn: rowNpsn, indicatorCode: indicator.code, score: score.value, category: category.value });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  if (rows.length === 0) return { ok: false, problem: { kind: "empty" } };
  return { ok: true, rows, ignoredColumns: ignored };
}
