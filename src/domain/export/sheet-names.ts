/**
 * Excel's rules for a worksheet name: 1–31 characters, none of [ ] : * ? / \, not starting or
 * ending with an apostrophe, "History" reserved, unique ignoring case. A workbook that breaks one
 * is refused by exceljs or "repaired" by Excel on opening, so school names are made to fit first.
 */
export const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[[\]:*?/\\]|\p{Cc}/gu;
const RESERVED = ["history"];

/** Cut to `max` UTF-16 units (what Excel counts) without splitting a character in two. */
function cut(text: string, max: number): string {
  let out = "";
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/** One name made legal on its own: forbidden characters become spaces, runs of spaces one. */
export function sanitiseSheetName(name: string, fallback = "Sekolah"): string {
  const cleaned = name
    .replace(FORBIDDEN, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  const fitted = cut(cleaned, MAX_SHEET_NAME).trim().replace(/'+$/, "").trim();
  return fitted === "" ? fallback : fitted;
}

/**
 * A namer that hands out legal names, unique within one workbook. `taken` are names already
 * used (the summary sheet). A repeat gets " (2)", " (3)", … with the name shortened so the whole
 * still fits 31.
 */
export function sheetNamer(taken: readonly string[] = []): (name: string) => string {
  const used = new Set([...RESERVED, ...taken.map((t) => t.toLowerCase())]);
  return (raw) => {
    const base = sanitiseSheetName(raw);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = `${cut(base, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    }
    used.add(name.toLowerCase());
    return name;
  };
}
