import { hasControlCharacter } from "../validation/vocabulary.js";
import { type CsvRecord, readRecords } from "./csv-text.js";
import type { FileProblem, RowError } from "./types.js";

/**
 * The CSV of Tim Kinerja assignments, one row per (member, subject): `nip_anggota`, and either
 * `nip_subjek` (a KS or pengawas by NIP) or `npsn` (the KS of that school). Pure: the server looks
 * the NIPs and NPSNs up and asks `linkProblem` about each pair.
 */
export const TIM_LINK_COLUMNS = ["nip_anggota", "nip_subjek", "npsn"] as const;

export type TimLinkRow = { line: number; memberNip: string; subjectNip: string | null; npsn: string | null };

export type TimLinkRows =
  | { ok: true; rows: TimLinkRow[]; errors: RowError[] }
  | { ok: false; problem: FileProblem }
  | { ok: false; tooMany: number };

const header = (cell: string) => cell.trim().toLowerCase().replace(/\s+/g, "_");

export function parseTimLinkRows(text: string, maxRows: number): TimLinkRows {
  const read = readRecords(text);
  if (!read.ok) return { ok: true, rows: [], errors: [read.error] };
  const [head, ...records] = read.records;
  if (!head || records.length === 0) return { ok: false, problem: { kind: "empty" } };
  if (records.length > maxRows) return { ok: false, tooMany: maxRows };
  const names = head.cells.map(header);
  const dupes = names.filter((n, i) => n !== "" && names.indexOf(n) !== i);
  if (dupes.length) return { ok: false, problem: { kind: "duplicateColumns", columns: [...new Set(dupes)] } };
  const at = (c: string) => names.indexOf(c);
  const missing = [
    ...(at("nip_anggota") < 0 ? ["nip_anggota"] : []),
    ...(at("nip_subjek") < 0 && at("npsn") < 0 ? ["nip_subjek / npsn"] : []),
  ];
  if (missing.length) return { ok: false, problem: { kind: "missingColumns", columns: missing } };
  const rows: TimLinkRow[] = [];
  const errors: RowError[] = [];
  for (const r of records) {
    const row = readRow(r, at);
    if ("errors" in row) errors.push(...row.errors);
    else rows.push(row);
  }
  return { ok: true, rows, errors };
}

function readRow(r: CsvRecord, at: (c: string) => number): TimLinkRow | { errors: RowError[] } {
  const cell = (c: string) => (at(c) < 0 ? "" : (r.cells[at(c)] ?? "").trim());
  const errors: RowError[] = [];
  for (const c of TIM_LINK_COLUMNS) {
    if (hasControlCharacter(cell(c))) errors.push({ line: r.line, column: c, message: "Berisi karakter kontrol." });
  }
  const memberNip = cell("nip_anggota");
  const subjectNip = cell("nip_subjek") || null;
  const npsn = cell("npsn") || null;
  if (!memberNip) errors.push({ line: r.line, column: "nip_anggota", message: "NIP anggota Tim Kinerja wajib diisi." });
  if (!subjectNip === !npsn) {
    errors.push({
      line: r.line,
      column: subjectNip ? "npsn" : "nip_subjek",
      message: "Isi salah satu: NIP kepala sekolah/pengawas, atau NPSN sekolah (kepala sekolahnya).",
    });
  }
  return errors.length ? { errors } : { line: r.line, memberNip, subjectNip, npsn };
}
