import { CsvError, parse } from "csv-parse/sync";
import type { FileProblem, RowError } from "./types.js";

/**
 * Bytes → text, judged by content rather than by file name or MIME type: browsers label CSVs
 * anything from text/csv to application/vnd.ms-excel, and a renamed .xlsx must still be refused.
 */
export function decodeCsvBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; problem: FileProblem } {
  const head = bytes.subarray(0, 8192);
  // UTF-16 (Excel's "Unicode Text") starts with a byte-order mark and is full of NUL bytes.
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    return { ok: false, problem: { kind: "notUtf8" } };
  }
  // xlsx/zip, PDF and images hold NUL and other control bytes early; text has only tab and line breaks.
  if (head.some((b) => b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f)) {
    return { ok: false, problem: { kind: "notCsv" } };
  }
  let text: string;
  try {
    // Strips a UTF-8 byte-order mark by default.
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: { kind: "notUtf8" } };
  }
  return { ok: true, text };
}

/** The separator of the header line: Indonesian-locale Excel writes `;`, everything else `,`. */
export function detectDelimiter(text: string): "," | ";" {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const count = (ch: string) => firstLine.split(ch).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

export type CsvRecord = { line: number; cells: string[] };

type RecordWithInfo = { record: string[]; info: { lines: number; empty_lines: number } };

/** Records with the line each one starts on (a quoted cell may span lines); blank lines skipped. */
export function readRecords(text: string): { ok: true; records: CsvRecord[] } | { ok: false; error: RowError } {
  let parsed: RecordWithInfo[];
  try {
    parsed = parse(text, {
      bom: true,
      delimiter: detectDelimiter(text),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as RecordWithInfo[];
  } catch (err) {
    if (err instanceof CsvError) {
      const line = (err as CsvError & { lines?: number }).lines ?? 0;
      return { ok: false, error: { line, column: "", message: csvErrorMessage(err.code) } };
    }
    throw err;
  }
  let prevEnd = 0;
  let prevEmpty = 0;
  const records = parsed.map(({ record, info }) => {
    // `info.lines` is where the record ends; blank lines skipped since the previous one are counted apart.
    const line = prevEnd + 1 + (info.empty_lines - prevEmpty);
    prevEnd = info.lines;
    prevEmpty = info.empty_lines;
    return { line, cells: record };
  });
  return { ok: true, records };
}

function csvErrorMessage(code: string): string {
  if (code === "CSV_QUOTE_NOT_CLOSED") return 'Tanda kutip (") dibuka tetapi tidak ditutup.';
  if (code === "CSV_INVALID_CLOSING_QUOTE" || code === "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE") {
    return 'Tanda kutip (") di tengah sel: apit seluruh sel dengan tanda kutip dan tulis kutip di dalamnya dua kali.';
  }
  return "Format CSV rusak pada baris ini.";
}
