/**
 * Renders the sample SKP and agreed plan to `<dir>/skp.pdf` and `<dir>/plan.pdf`, and every page to
 * a PNG (`skp-1.png`, ...) through mupdf, to look at the layout without a PDF viewer.
 *
 *   npx tsx scripts/render-skp-sample.ts /tmp/skp-sample
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as mupdf from "mupdf";
import { renderPlanPdf } from "../src/server/assessment/plan-pdf.js";
import { renderSkpPdf } from "../src/server/assessment/skp-pdf.js";
import { samplePlan, sampleSkp } from "../tests/helpers/skp-pdf-sample.js";

const dir = process.argv[2] ?? "";
if (!dir) {
  console.error("usage: tsx scripts/render-skp-sample.ts <output directory>");
  process.exit(2);
}
mkdirSync(dir, { recursive: true });

/** 120 dpi: small enough to look at, large enough to read 8-point text. */
const SCALE = 120 / 72;

function writePages(name: string, pdf: Buffer): number {
  writeFileSync(join(dir, `${name}.pdf`), pdf);
  const doc = mupdf.Document.openDocument(pdf, "application/pdf");
  const pages = doc.countPages();
  for (let i = 0; i < pages; i++) {
    const pixmap = doc.loadPage(i).toPixmap(mupdf.Matrix.scale(SCALE, SCALE), mupdf.ColorSpace.DeviceRGB, false);
    writeFileSync(join(dir, `${name}-${i + 1}.png`), pixmap.asPNG());
  }
  doc.destroy();
  return pages;
}

const skpPages = writePages("skp", await renderSkpPdf(sampleSkp()));
const planPages = writePages("plan", await renderPlanPdf(samplePlan()));
console.log(`${dir}: skp.pdf (${skpPages} pages), plan.pdf (${planPages} pages) and a PNG per page`);
