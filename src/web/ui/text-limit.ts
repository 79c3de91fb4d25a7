import { z } from "zod";

/**
 * The most characters a text field's schema accepts (the same zod the server parses with), through
 * `.default()`, `.optional()` and `.nullable()`: a field's limit is written once, in the schema.
 */
export function textLimit(schema: z.ZodType): number | undefined {
  let s: z.ZodType = schema;
  while (s instanceof z.ZodDefault || s instanceof z.ZodOptional || s instanceof z.ZodNullable)
    s = s.unwrap() as z.ZodType;
  return s instanceof z.ZodString ? (s.maxLength ?? undefined) : undefined;
}

/** What to say under a bounded field: nothing while short, "38/50 karakter" near the limit, then that it is full. */
export function limitState(length: number, max: number): "quiet" | "count" | "full" {
  if (length >= max) return "full";
  return length >= Math.floor(max * 0.8) ? "count" : "quiet";
}
