import type { ZodType } from "zod";
import { clearDraft, type LocalDraft, readDraft, sameContent } from "./draft-store.js";

/** `version`: the server version the editor starts from (the one its next save must carry). */
export type Start<C> = { content: C; version: number; dirty: boolean; staleDraft: LocalDraft<C> | null };

export type Server<C> = { content: C; version: number };

/**
 * What to show first: the server's document, or unsaved edits this device still holds for it.
 * `owns`: the reader is the one whose drafts these are (only they clear a stale one on sight).
 */
export function startContent<C>(
  key: string,
  schema: ZodType<C>,
  server: Server<C>,
  editable: boolean,
  owns: boolean,
): Start<C> {
  const draft = readDraft(key, schema);
  if (!draft || !editable || sameContent(draft.content, server.content)) {
    if (draft && owns) clearDraft(key);
    return { content: server.content, version: server.version, dirty: false, staleDraft: null };
  }
  // Versions only grow, and a draft only carries versions the server gave this device: one newer than
  // what is shown means the page shows an older read (its device copy, without signal). The draft is ours.
  if (draft.version >= server.version)
    return { content: draft.content, version: draft.version, dirty: true, staleDraft: null };
  // Edits based on an older version: the document was saved elsewhere since. Let the person choose.
  return { content: server.content, version: server.version, dirty: false, staleDraft: draft };
}
