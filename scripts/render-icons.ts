/**
 * Renders the app's icons (the installable PWA's, vite.config.ts) from the two SVGs in
 * src/web/public/icons/ to PNGs with Debian's Chromium: 192 and 512 px "any", and a 512 px
 * "maskable" whose K stays inside the safe circle a launcher may crop to.
 *
 *   npx tsx scripts/render-icons.ts
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const DIR = fileURLToPath(new URL("../src/web/public/icons/", import.meta.url));
const OUTPUTS = [
  { svg: "icon.svg", png: "icon-192.png", size: 192 },
  { svg: "icon.svg", png: "icon-512.png", size: 512 },
  { svg: "maskable.svg", png: "maskable-512.png", size: 512 },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
try {
  for (const { svg, png, size } of OUTPUTS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const source = readFileSync(DIR + svg, "utf8").replace("<svg ", `<svg width="${size}" height="${size}" `);
    await page.setContent(`<body style="margin:0">${source}</body>`);
    await page.locator("svg").screenshot({ path: DIR + png, omitBackground: true });
    await page.close();
    console.log(`${png} (${size} px)`);
  }
} finally {
  await browser.close();
}
