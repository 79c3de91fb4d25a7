/**
 * Every CSV the app writes (the web's "new accounts" download, the CLI's password file) goes
 * through here. Pure and browser-safe.
 *
 * A cell starting with = + - @ (or a tab / carriage return, which Excel skips before reading
 * one of those) is run as a formula when the file is opened in a spreadsheet: a name imported
 * as `=HYPERLINK(…)` would turn the password list into a phishing link. Such cells get a leading
 * apostrophe, which spreadsheets show as text and our own import strips again (cells.ts `clean`).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One cell: neutralised, then quoted when it holds the separator, a quote or a line break. */
export function csvCell(value: string, separator = ","): string {
  const safe = neutraliseFormula(value);
  return safe.includes(separator) || /[",;\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A whole file: header and rows, lines ending in LF. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[], separator = ","): string {
  return `${[header, ...rows].map((r) => r.map((c) => csvCell(c, separator)).join(separator)).join("\n")}\n`;
}
