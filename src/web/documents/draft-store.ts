import { type ZodType, z } from "zod";

/**
 * Unsaved edits kept on this device (DOMAIN.md §6: a draft is never lost), for any document: a
 * plan or a practice document. Stored per document with the server version they were based on,
 * so a later visit knows whether they still apply; read back through the document's own schema.
 */
export type LocalDraft<C> = { version: number; content: C; at: string };

const storageKey = (key: string) => `kinerja_${key}`;

export function readDraft<C>(key: string, schema: ZodType<C>): LocalDraft<C> | null {
  try {
    const raw = localStorage.getItem(storageKey(key));
    if (!raw) return null;
    const parsed = z.object({ version: z.number().int(), content: schema, at: z.string() }).safeParse(JSON.parse(raw));
    return parsed.success ? (parsed.data as LocalDraft<C>) : null;
  } catch {
    return null;
  }
}

export function writeDraft<C>(key: string, version: number, content: C): void {
  try {
    const draft: LocalDraft<C> = { version, content, at: new Date().toISOString() };
    localStorage.setItem(storageKey(key), JSON.stringify(draft));
  } catch {
    // Storage full or blocked (private mode): the edits still live in memory and autosave retries.
  }
}

export function clearDraft(key: string): void {
  try {
    localStorage.removeItem(storageKey(key));
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

export function sameContent(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}
