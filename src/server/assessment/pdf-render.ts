import { createRequire } from "node:module";
import { dirname, join, sep } from "node:path";
import pdfmake from "pdfmake";
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces.js";
import { formatDateId } from "../planning/labels.js";

/**
 * The one place pdfmake is set up: the Roboto files shipped inside the pdfmake package (no network,
 * no system fonts), no URL ever fetched, and no local file read except those fonts — a document's
 * text is user input and must not be able to pull in anything else.
 */
const FONT_DIR = join(dirname(createRequire(import.meta.url).resolve("pdfmake/fonts/Roboto.js")), "Roboto");

pdfmake.setFonts({
  Roboto: {
    normal: join(FONT_DIR, "Roboto-Regular.ttf"),
    bold: join(FONT_DIR, "Roboto-Medium.ttf"),
    italics: join(FONT_DIR, "Roboto-Italic.ttf"),
    bolditalics: join(FONT_DIR, "Roboto-MediumItalic.ttf"),
  },
});
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => path.startsWith(FONT_DIR + sep));

/** A4 portrait in points; margins about 2 cm, the bottom one leaving room for the page number. */
export const PAGE_MARGINS: [number, number, number, number] = [56, 48, 56, 60];
export const CONTENT_WIDTH = 595.28 - PAGE_MARGINS[0] - PAGE_MARGINS[2];

export type PageSetup = {
  /** PDF metadata title, e.g. "SKP Siti Rahmawati 2026". */
  title: string;
  /** Printed at the bottom left of every page so a loose page can be put back: "SKP · NAMA · NIP". */
  footerNote: string;
  content: Content;
};

/** A whole document on the house page: A4, Roboto, "Halaman x dari y" at the foot of every page. */
export function renderPdf(setup: PageSetup): Promise<Buffer> {
  const doc: TDocumentDefinitions = {
    pageSize: "A4",
    pageOrientation: "portrait",
    pageMargins: PAGE_MARGINS,
    info: { title: setup.title, creator: "Kinerja", producer: "Kinerja" },
    language: "id-ID",
    defaultStyle: { font: "Roboto", fontSize: 9, lineHeight: 1.15 },
    styles: {
      title: { fontSize: 12, bold: true, alignment: "center" },
      subtitle: { fontSize: 10, bold: true, alignment: "center" },
      th: { bold: true, alignment: "center", fontSize: 8.5 },
      section: { bold: true, fontSize: 9.5 },
      muted: { color: "#555555" },
    },
    footer: (currentPage, pageCount) => ({
      margin: [PAGE_MARGINS[0], 20, PAGE_MARGINS[2], 0],
      fontSize: 7.5,
      color: "#555555",
      columns: [
        { text: setup.footerNote, width: "*" },
        { text: `Halaman ${currentPage} dari ${pageCount}`, width: "auto", alignment: "right" },
      ],
    }),
    content: setup.content,
  };
  return pdfmake.createPdf(doc).getBuffer();
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "2026-11-29" → "29 November 2026". Only calendar dates: an instant has no date until it is read in
 * the district's time zone (`dateInZone`), and that is the caller's business, not the printer's.
 */
export function formatDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  // "2026-02-30" parses (as 2 March): refuse it rather than print a date nobody wrote.
  if (!DATE_ONLY.test(iso) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) {
    throw new Error(`Not a calendar date (YYYY-MM-DD): ${iso}`);
  }
  return formatDateId(iso, "id");
}
