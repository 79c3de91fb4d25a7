import * as mupdf from "mupdf";

/** The text of every page of a PDF, as mupdf extracts it. */
export function pdfPages(pdf: Buffer): string[] {
  const doc = mupdf.Document.openDocument(pdf, "application/pdf");
  try {
    return Array.from({ length: doc.countPages() }, (_, i) => doc.loadPage(i).toStructuredText("").asText());
  } finally {
    doc.destroy();
  }
}

const words = (text: string) => text.split(/[\s-]+/).filter(Boolean);

/**
 * Whether every word of `text` appears in `pages`, in order. Words, not the string: a cell broken
 * across pages has the repeated table header between its halves, and a line may break at a hyphen.
 */
export function containsInOrder(pages: string[], text: string): boolean {
  const haystack = words(pages.join("\n"));
  let at = 0;
  for (const word of words(text)) {
    while (at < haystack.length && haystack[at] !== word) at++;
    if (at === haystack.length) return false;
    at++;
  }
  return true;
}
