import { DEFAULT_THEME, darken } from "@mantine/core";
import { describe, expect, it } from "vitest";
import { contrast, readableOnDark, readablePalette } from "../../src/web/app/contrast.js";
import { cssVariablesResolver, theme } from "../../src/web/app/theme.js";

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

/** `rgba(r, g, b, a)` (opaque here) as #rrggbb. */
const hex = (rgba: string) =>
  `#${(rgba.match(/\d+/g) ?? [])
    .slice(0, 3)
    .map((v) => Number(v).toString(16).padStart(2, "0"))
    .join("")}`;

describe("the dark scheme's colours meet WCAG AA too", () => {
  const dark = colors.dark as string[];
  // The page (dark.7), a card or menu (dark.6) and a tinted panel inside a card (dark.5).
  const surfaces = [dark[7], dark[6], dark[5]] as string[];
  const vars = cssVariablesResolver(theme as never).dark;
  const resolve = (v: string): string => {
    const m = v.match(/^var\(--mantine-color-([a-z]+)-(\d)\)$/);
    return m ? ((colors[m[1] as string] as string[])[Number(m[2])] as string) : v;
  };

  it("body text, dimmed text and placeholders on every dark surface", () => {
    for (const bg of surfaces) {
      expect(contrast(dark[0] as string, bg)).toBeGreaterThanOrEqual(4.5); // Mantine's text: dark.0
      expect(contrast(vars["--mantine-color-dimmed"] as string, bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(vars["--mantine-color-placeholder"] as string, bg)).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(dark[2] as string, dark[5] as string)).toBeLessThan(4.5); // why dimmed is replaced
  });

  it.each(names)(
    '%s: its text colour (c="%s", outline buttons) on every dark surface and its light variant',
    (name) => {
      const p = colors[name] as string[];
      const text = resolve(vars[`--mantine-color-${name}-text`] as string);
      for (const bg of [...surfaces, hex(darken(p[9] as string, 0.5))])
        expect(contrast(text, bg)).toBeGreaterThanOrEqual(4.5);
      expect(vars[`--mantine-color-${name}-outline`]).toBe(text);
    },
  );

  it.each(names)("%s: white on a filled button (shade 8) and the light variant's text (shade 0)", (name) => {
    const p = colors[name] as string[];
    expect(theme.primaryShade).toMatchObject({ dark: 8 });
    expect(contrast("#ffffff", p[8] as string)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p[0] as string, hex(darken(p[9] as string, 0.5)))).toBeGreaterThanOrEqual(4.5);
  });

  it("error text is the readable red, and lightening keeps what already reads", () => {
    expect(vars["--mantine-color-error"]).toBe("var(--mantine-color-red-text)");
    expect(readableOnDark("#ffffff", dark[5] as string)).toBe("#ffffff");
    expect(readableOnDark("#9775fa", dark[5] as string)).not.toBe("#9775fa"); // violet.4: 3.3:1
  });
});

/** The searches as first written: a walk in steps of 1 % darker or 2 % lighter, the first that reads. */
function walkDarker(hex: string, min: number): string {
  const channel = (i: number, keep: number) =>
    Math.round(Number.parseInt(hex.slice(i, i + 2), 16) * keep)
      .toString(16)
      .padStart(2, "0");
  let out = hex;
  for (let keep = 1; contrast(out, "#ffffff") < min && keep > 0; keep -= 0.01)
    out = `#${channel(1, keep)}${channel(3, keep)}${channel(5, keep)}`;
  return out;
}
function walkLighter(hex: string, surface: string, min: number): string {
  const channel = (i: number, mix: number) => {
    const v = Number.parseInt(hex.slice(i, i + 2), 16);
    return Math.round(v + (255 - v) * mix)
      .toString(16)
      .padStart(2, "0");
  };
  let out = hex;
  for (let mix = 0; contrast(out, surface) < min && mix <= 1; mix += 0.02)
    out = `#${channel(1, mix)}${channel(3, mix)}${channel(5, mix)}`;
  return out;
}

describe("the searches (a binary search, computed at start-up on the phone)", () => {
  const palettes = Object.values(DEFAULT_THEME.colors);
  it("darken every Mantine shade to the colour the step-by-step walk finds", () => {
    for (const p of palettes) {
      const mins = [undefined, undefined, undefined, undefined, undefined, undefined, 5.1, 5.5, 6.2, 7.2];
      expect(readablePalette(p)).toEqual(p.map((hex, i) => (mins[i] ? walkDarker(hex, mins[i]) : hex)));
    }
  });

  it("lighten every shade on every dark surface, darker text than the surface too, as the walk does", () => {
    for (const hex of palettes.flat())
      for (const surface of [...DEFAULT_THEME.colors.dark, "#000000", "#ffffff"])
        for (const min of [3, 4.6, 7]) expect(readableOnDark(hex, surface, min)).toBe(walkLighter(hex, surface, min));
  });
});
