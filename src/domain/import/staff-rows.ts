import type { IsoDate } from "../org/types.js";
import { clean } from "./cells.js";
import { readRecords } from "./csv-text.js";
import { type GroupedRows, groupRows } from "./group-rows.js";
import { toStaffRow } from "./row-cells.js";
import {
  type FileProblem,
  PERSON_COLUMNS,
  type RowError,
  STAFF_COLUMNS,
  type StaffColumn,
  type StaffRow,
} from "./types.js";

export type StaffFile = GroupedRows & {
  /** Rows whose cells are all valid. */
  rows: StaffRow[];
  /** Data rows read (blank lines excluded). */
  rowCount: number;
  /** Header columns that are not staff columns: ignored, so a full Dapodik export can be uploaded as is. */
  ignoredColumns: string[];
};

export type ReadResult = { ok: false; problem: FileProblem } | { ok: true; file: StaffFile };

export type ReadOptions = {
  /** Default tanggal_mulai. */
  today: IsoDate;
  /** Called after each row, for a progress bar. */
  onRow?: (done: number, total: number) => void;
};

const normaliseHeader = (h: string) =>
  h
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");

/**
 * Parses and validates a whole staff CSV without touching the database: every cell, then the
 * rows against each other. File-level problems stop early; row problems are all collected.
 */
export function readStaffCsv(text: string, { today, onRow }: ReadOptions): ReadResult {
  if (text.replace(/^\uFEFF/, "").trim() === "") return { ok: false, problem: { kind: "empty" } };
  const read = readRecords(text);
  if (!read.ok) return { ok: true, file: emptyFile([read.error]) };
  const [header, ...body] = read.records;
  if (!header) return { ok: false, problem: { kind: "empty" } };

  const names = header.cells.map(normaliseHeader);
  const duplicated = [...new Set(names.filter((n, i) => n !== "" && names.indexOf(n) !== i))];
  if (duplicated.length > 0) return { ok: false, problem: { kind: "duplicateColumns", columns: duplicated } };
  const missing = missingColumns(names);
  if (missing.length > 0) return { ok: false, problem: { kind: "missingColumns", columns: missing } };

  const data = body.filter((r) => r.cells.some((c) => clean(c) !== ""));
  if (data.length === 0) return { ok: false, problem: { kind: "empty" } };

  const index = new Map(names.map((n, i) => [n, i]));
  const errors: RowError[] = [];
  const rows: StaffRow[] = [];
  const seen = new Map<string, number>();
  // Trailing empty cells on every row are a harmless export habit; on one row they mean an unquoted separator.
  const sameLength = data.every((r) => r.cells.length === data[0]?.cells.length);
  data.forEach((record, i) => {
    const extra = record.cells.slice(names.length);
    if (extra.length > 0 && (!sameLength || extra.some((c) => clean(c) !== ""))) {
      errors.push({
        line: record.line,
        column: "",
        message: `Baris ini berisi ${record.cells.length} sel, lebih banyak dari ${names.length} kolom di header. Apit sel yang memuat koma atau titik koma dengan tanda kutip (").`,
      });
    } else {
      const get = (c: StaffColumn) => {
        const at = index.get(c);
        return at === undefined ? "" : (record.cells[at] ?? "");
      };
      const fingerprint = STAFF_COLUMNS.map((c) => clean(get(c)).toLowerCase()).join("\u0000");
      const first = seen.get(fingerprint);
      if (first !== undefined) {
        errors.push({ line: record.line, column: "", message: `Duplikat dengan baris ${first}.` });
      } else {
        seen.set(fingerprint, record.line);
        const result = toStaffRow(get, record.line, today);
        errors.push(...result.errors);
        if (result.row) rows.push(result.row);
      }
    }
    onRow?.(i + 1, data.length);
  });

  const grouped = groupRows(rows);
  return {
    ok: true,
    file: {
      ...grouped,
      rows,
      rowCount: data.length,
      ignoredColumns: names.filter((n) => n !== "" && !(STAFF_COLUMNS as readonly string[]).includes(n)),
      errors: [...errors, ...grouped.errors].sort((a, b) => a.line - b.line),
    },
  };
}

function missingColumns(names: string[]): string[] {
  const has = (c: string) => names.includes(c);
  const missing: string[] = has("npsn") ? [] : ["npsn"];
  // A file of schools only needs npsn; as soon as it carries people, they must be identifiable.
  if (PERSON_COLUMNS.some(has)) {
    if (!has("nama")) missing.push("nama");
    if (!has("peran")) missing.push("peran");
    if (!has("nip") && !has("nuptk") && !has("email")) missing.push("nip/nuptk/email");
  }
  return missing;
}

function emptyFile(errors: RowError[]): StaffFile {
  return { rows: [], rowCount: 0, ignoredColumns: [], schools: [], people: [], assignments: [], errors };
}
