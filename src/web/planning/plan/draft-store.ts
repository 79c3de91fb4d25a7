import { z } from "zod";
import { type PlanContent, ZPlanContent } from "../../../domain/planning/content.js";

/**
 * Unsaved edits kept on this device (DOMAIN.md §6: a draft is never lost). Stored per plan with
 * the server version they were based on, so a later visit knows whether they still apply.
 */
const ZLocalDraft = z.object({ version: z.number().int(), content: ZPlanContent, at: z.string() });
export type LocalDraft = z.infer<typeof ZLocalDraft>;

const key = (planId: string) => `kinerja_plan_draft_${planId}`;

export function readDraft(planId: string): LocalDraft | null {
  try {
    const raw = localStorage.getItem(key(planId));
    const parsed = raw ? ZLocalDraft.safeParse(JSON.parse(raw)) : null;
    return parsed?.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeDraft(planId: string, version: number, content: PlanContent): void {
  try {
    const draft: LocalDraft = { version, content, at: new Date().toISOString() };
    localStorage.setItem(key(planId), JSON.stringify(draft));
  } catch {
    // Storage full or blocked (private mode): the edits still live in memory and autosave retries.
  }
}

export function clearDraft(planId: string): void {
  try {
    localStorage.removeItem(key(planId));
  } catch {
    // Nothing to clear.
  }
}

/** Key order and empty notes do not matter (the server stores JSONB and drops empty notes). */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== "" && v !== undefined);
    return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

export function sameContent(a: PlanContent, b: PlanContent): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}
