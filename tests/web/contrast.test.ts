import { DEFAULT_THEME } from "@mantine/core";
import { describe, expect, it } from "vitest";
import { contrast, readablePalette } from "../../src/web/app/contrast.js";
import { theme } from "../../src/web/app/theme.js";

const colors = theme.colors as Record<string, readonly string[]>;
const names = Object.keys(DEFAULT_THEME.colors);

describe("the theme's colours meet WCAG AA (4.5:1 for text)", () => {
  it("computes WCAG contrast ratios", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#868e96", "#ffffff")).toBeCloseTo(3.32, 2); // Mantine's dimmed grey: too light
  });

  it.each(names)("%s: white on a filled button, a link on white and on gray.0", (name) => {
    const p = colors[name] as string[];
    expect(contrast("#ffffff", p[7] as string)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p[7] as string, colors.gray?.[0] as string)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(names)("%s: the light variant's text (shade 9 on shade 1)", (name) => {
    const p = colors[name] as string[];
    expect(contrast(p[9] as string, p[1] as string)).toBeGreaterThanOrEqual(4.5);
  });

  it("dimmed text and placeholders (gray.6) on white, gray.0 cards and gray.1 table rows", () => {
    const gray = colors.gray as string[];
    for (const bg of ["#ffffff", gray[0], gray[1]])
      expect(contrast(gray[6] as string, bg as string)).toBeGreaterThanOrEqual(4.5);
  });

  it("darkens only what is too light, keeping the pale shades", () => {
    const teal = readablePalette(DEFAULT_THEME.colors.teal);
    expect(teal.slice(0, 6)).toEqual(DEFAULT_THEME.colors.teal.slice(0, 6));
    expect(readablePalette(DEFAULT_THEME.colors.dark)).toEqual(DEFAULT_THEME.colors.dark);
  });
});
