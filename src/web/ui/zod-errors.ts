import type { z } from "zod";

/** The first message per top-level field of a failed safeParse, for showing next to inputs. */
export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "");
    if (!out[key]) out[key] = issue.message;
  }
  return out;
}
