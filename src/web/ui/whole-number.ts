/** What a count field holds: a whole number in range, nothing, or text that says why it is not one. */
export type WholeNumberReading =
  | { value: number | null; error: null }
  | { value: null; error: "wholeNumber" | "min" | "max" };

/**
 * Reads a typed count. "2,5" or "2.5" is not 25 nor 2.5 but an error (a comma is a decimal mark here);
 * an emptied field is nothing (null), which counts nothing. Out of range is said, never clamped.
 */
export function readWholeNumber(text: string, { min, max }: { min: number; max: number }): WholeNumberReading {
  const s = text.trim();
  if (s === "") return { value: null, error: null };
  if (!/^\d+$/.test(s)) return { value: null, error: "wholeNumber" };
  const n = Number(s);
  if (n < min) return { value: null, error: "min" };
  if (n > max) return { value: null, error: "max" };
  return { value: n, error: null };
}
