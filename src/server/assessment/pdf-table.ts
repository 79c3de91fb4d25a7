import type { Content, ContentText, CustomTableLayout, TableCell } from "pdfmake/interfaces.js";
import { CONTENT_WIDTH } from "./pdf-render.js";

/**
 * The grid every table of the SKP forms is drawn on, and the one rule for page breaks inside it: a
 * row of ordinary length never splits across pages; a row too long to be sure it fits on a page
 * (a long feedback note) flows onto the next one; the title and column headers repeat on every page.
 *
 * pdfmake can only keep all rows of a table whole or let any row split, and a row kept whole that
 * is taller than a page loses what does not fit. So a section is an outer table that only carries
 * the repeated header, and each row is a one-row table inside it, kept whole (`unbreakable`) only
 * when its estimated height is safely below a page.
 */

export const HEADER_FILL = "#d9d9d9";
export const GROUP_FILL = "#f0f0f0";
const LINE = 0.5;
const PAD_X = 4;
const PAD_Y = 2.5;

/** Thin black lines all round, a little air inside every cell. */
export const GRID: CustomTableLayout = {
  hLineWidth: () => LINE,
  vLineWidth: () => LINE,
  hLineColor: () => "#000000",
  vLineColor: () => "#000000",
  paddingLeft: () => PAD_X,
  paddingRight: () => PAD_X,
  paddingTop: () => PAD_Y,
  paddingBottom: () => PAD_Y,
};

/** The grid without its top line: a row drawn right below another must not double the line between. */
const GRID_BELOW: CustomTableLayout = { ...GRID, hLineWidth: (i) => (i === 0 ? 0 : LINE) };
/** No lines and no padding: a table used only to place things. */
export const NO_LINES: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 0,
  paddingBottom: () => 0,
};

// Deliberately pessimistic, so a row judged short really is: wider letters than Roboto's average at
// 9 pt, a taller line than 9 pt × 1.15, and a limit half a page high.
const CHAR_WIDTH = 5.5;
const LINE_HEIGHT = 13;
const KEEP_WHOLE_BELOW = 360;

/** Every piece of text in a cell (text, stack, lists), one entry per paragraph. */
function paragraphs(cell: unknown): string[] {
  if (typeof cell === "string") return cell.split(/\r?\n/);
  if (typeof cell === "number") return [String(cell)];
  if (Array.isArray(cell)) return cell.flatMap(paragraphs);
  if (cell && typeof cell === "object") {
    const c = cell as { text?: unknown; stack?: unknown; ul?: unknown; ol?: unknown };
    return [c.text, c.stack, c.ul, c.ol].flatMap((part) => (part === undefined ? [] : paragraphs(part)));
  }
  return [];
}

/** Column widths in points, the star columns sharing what the fixed ones leave. */
function resolveWidths(widths: (number | string)[]): number[] {
  const inner = CONTENT_WIDTH - widths.length * (2 * PAD_X + LINE) - LINE;
  const fixed = widths.reduce<number>((sum, w) => sum + (typeof w === "number" ? w : 0), 0);
  const stars = widths.filter((w) => typeof w !== "number").length;
  return widths.map((w) => (typeof w === "number" ? w : (inner - fixed) / Math.max(stars, 1)));
}

function estimatedHeight(row: TableCell[], widths: number[]): number {
  const lines = row.map((cell, i) => {
    const span = typeof cell === "object" && cell && "colSpan" in cell ? (cell.colSpan ?? 1) : 1;
    const width = widths.slice(i, i + span).reduce((a, b) => a + b, 0);
    const perLine = Math.max(1, Math.floor(width / CHAR_WIDTH));
    return paragraphs(cell).reduce((n, p) => n + Math.max(1, Math.ceil(p.length / perLine)), 0);
  });
  return Math.max(1, ...lines) * LINE_HEIGHT + 2 * PAD_Y;
}

/** One cell spanning the whole row, and the empty cells it covers. */
export function fullRow(cell: ContentText, span: number): TableCell[] {
  return [{ ...cell, colSpan: span }, ...Array.from({ length: span - 1 }, (): TableCell => ({}))];
}

/** Group headings, which `sectionTable` keeps on the page of the row below them. */
const HEADINGS = new WeakSet<TableCell[]>();

/** A full-width heading in the middle of a table ("A. UTAMA"); it never ends a page. */
export function groupRow(label: string, span: number): TableCell[] {
  const row = fullRow({ text: label, bold: true, fillColor: GROUP_FILL }, span);
  HEADINGS.add(row);
  return row;
}

/** A full-width row saying a list is empty, so an empty section reads as empty rather than missing. */
export const noneRow = (text: string, span: number) =>
  fullRow({ text, italics: true, style: "muted", alignment: "center" }, span);

export const numberCell = (n: number): TableCell => ({ text: String(n), alignment: "center" });

/** "—" for an empty text, so an unfilled cell is visibly unfilled. */
export const dash = (value: string | undefined): string => (value?.trim() ? value : "—");

/**
 * A table headed by a full-width grey title row and a row of column names (none when no column has a
 * header), both repeated at the top of every page it runs onto; rows kept whole unless too long to
 * (see above). `after` (the signatures) is kept on the page of the last row so that it never stands
 * alone on a page; it is kept whole, so it must be short.
 */
export function sectionTable(
  title: string,
  columns: { header: string; width: number | string }[],
  rows: TableCell[][],
  after?: Content,
): Content {
  const widths = columns.map((c) => c.width);
  const points = resolveWidths(widths);
  const inner = (body: TableCell[][], layout: CustomTableLayout, whole: boolean): Content => ({
    table: { widths, body },
    layout,
    unbreakable: whole,
  });
  const head = [
    [inner([fullRow({ text: title, style: "section", fillColor: HEADER_FILL }, columns.length)], GRID, true)],
  ];
  if (columns.some((c) => c.header)) {
    const names = columns.map((c): TableCell => ({ text: c.header, style: "th", fillColor: HEADER_FILL }));
    head.push([inner([names], GRID_BELOW, true)]);
  }
  // A heading joins the row after it in one inner table.
  const groups: TableCell[][][] = [];
  for (const row of rows) {
    const previous = groups.at(-1);
    const heading = previous?.at(-1);
    if (previous && heading && HEADINGS.has(heading)) previous.push(row);
    else groups.push([row]);
  }
  const body = groups.map((group) => {
    const whole = group.reduce((sum, row) => sum + estimatedHeight(row, points), 0) <= KEEP_WHOLE_BELOW;
    return { whole, cell: inner(group, GRID_BELOW, whole) };
  });
  if (after) {
    const afterCell: Content = { stack: [after], margin: [0, 8, 0, 0] };
    const last = body.at(-1);
    if (last?.whole) body.splice(-1, 1, { whole: true, cell: { stack: [last.cell, afterCell], unbreakable: true } });
    else body.push({ whole: false, cell: afterCell });
  }
  return {
    table: {
      headerRows: head.length,
      // A row kept with the header is kept whole: only a row short enough for that.
      keepWithHeaderRows: body[0]?.whole ? 1 : 0,
      widths: ["*"],
      body: [...head, ...body.map((b) => [b.cell])],
    },
    layout: NO_LINES,
    margin: [0, 0, 0, 8],
  };
}
