import type { PlanContent } from "../../../domain/planning/content.js";
import type { PlanView } from "../../../server/planning/contract.js";
import { clearDraft, type LocalDraft, readDraft, sameContent } from "./draft-store.js";

export type Start = { content: PlanContent; dirty: boolean; staleDraft: LocalDraft | null };

/** What to show first: the server's plan, or unsaved edits this device still holds for it. */
export function startContent(view: PlanView, editable: boolean): Start {
  const server = view.plan.content;
  const draft = readDraft(view.plan.id);
  if (!draft || !editable || sameContent(draft.content, server)) {
    if (draft && view.viewer.roles.includes("owner")) clearDraft(view.plan.id);
    return { content: server, dirty: false, staleDraft: null };
  }
  if (draft.version === view.plan.version) return { content: draft.content, dirty: true, staleDraft: null };
  // Edits based on an older version: the plan was saved elsewhere since. Let the person choose.
  return { content: server, dirty: false, staleDraft: draft };
}
