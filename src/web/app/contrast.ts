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

/** The palette with shades 6–9 darkened (hue kept) until each reads as text on white. */
export function readablePalette(palette: MantineColorsTuple): MantineColorsTuple {
  return palette.map((hex, i) => {
    const min = MIN_CONTRAST_ON_WHITE[i];
    let out = hex;
    for (let keep = 1; min !== undefined && contrast(out, "#ffffff") < min && keep > 0; keep -= 0.01) {
      out = shade(hex, keep);
    }
    return out;
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
  let out = hex;
  for (let mix = 0; contrast(out, surface) < min && mix <= 1; mix += 0.02) out = tint(hex, mix);
  return out;
}
