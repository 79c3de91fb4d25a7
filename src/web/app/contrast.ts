import type { MantineColorsTuple } from "@mantine/core";

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two #rrggbb colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function shade(hex: string, keep: number): string {
  const channel = (i: number) =>
    Math.round(Number.parseInt(hex.slice(i, i + 2), 16) * keep)
      .toString(16)
      .padStart(2, "0");
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}

/**
 * The least contrast each shade keeps against white, for shades used as text: 6 is `dimmed` grey
 * and placeholders (also on gray.1, a striped or hovered table row: 4.5 there), 7 the filled buttons and links (white text on it), 9 the text of the
 * light variant (badges, active menu items) on shade 1. WCAG AA asks 4.5 for normal text.
 */
export const MIN_CONTRAST_ON_WHITE: Partial<Record<number, number>> = { 6: 5.1, 7: 5.5, 8: 6.2, 9: 7.2 };

/** The steps a search walks, accumulated as a loop would: 1, 0.99, … or 0, 0.02, … */
function steps(from: number, by: number, more: (x: number) => boolean): number[] {
  const out: number[] = [];
  for (let x = from; more(x); x += by) out.push(x);
  return out;
}
const KEEPS = steps(1, -0.01, (keep) => keep > 0);
const MIXES = steps(0, 0.02, (mix) => mix <= 1);

/**
 * `hex` if it passes `ok`, else the first of `make(hex, step)` over `steps` that passes (the last
 * when none does). `ok` holds from some step on once it holds (darker on white, lighter on a darker
 * surface), so a binary search finds the step a walk would: the theme is computed at start-up on the
 * phone, in 7 contrast checks per colour instead of up to 100.
 */
function firstPassing(
  hex: string,
  all: number[],
  make: (hex: string, step: number) => string,
  ok: (c: string) => boolean,
) {
  if (ok(hex)) return hex;
  let lo = 0;
  let hi = all.length - 1;
  const at = (i: number) => make(hex, all[i] as number);
  if (!ok(at(hi))) return at(hi);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ok(at(mid))) hi = mid;
    else lo = mid + 1;
  }
  return at(lo);
}

/** The palette with shades 6–9 darkened (hue kept) until each reads as text on white. */
export function readablePalette(palette: MantineColorsTuple): MantineColorsTuple {
  return palette.map((hex, i) => {
    const min = MIN_CONTRAST_ON_WHITE[i];
    return min === undefined ? hex : firstPassing(hex, KEEPS, shade, (c) => contrast(c, "#ffffff") >= min);
  }) as unknown as MantineColorsTuple;
}

function tint(hex: string, towardsWhite: number): string {
  const channel = (i: number) => {
    const v = Number.parseInt(hex.slice(i, i + 2), 16);
    return Math.round(v + (255 - v) * towardsWhite)
      .toString(16)
      .padStart(2, "0");
  };
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}

/**
 * The least contrast text keeps in the dark scheme against the lightest surface it sits on there:
 * `dark.5`, a tinted panel inside a card (cards are `dark.6`, the page `dark.7`).
 */
export const MIN_CONTRAST_ON_DARK = 4.6;

/** The colour lightened (hue kept, mixed towards white) until it reads as text on `surface`. */
export function readableOnDark(hex: string, surface: string, min = MIN_CONTRAST_ON_DARK): string {
  const ok = (c: string) => contrast(c, surface) >= min;
  // Lightening text darker than the surface first lowers the contrast: only the walk finds that step.
  if (luminance(hex) >= luminance(surface)) return firstPassing(hex, MIXES, tint, ok);
  let out = hex;
  for (const mix of MIXES) {
    if (ok(out)) return out;
    out = tint(hex, mix);
  }
  return out;
}
