import { MIN_NOTE } from "./engine.js";

/**
 * A decision on a request to reopen a document (a plan, a practice document). Refusing needs a
 * written reason of at least `MIN_NOTE` characters: the pegawai must learn why and what next.
 * Approving may go without one. The note recorded is the decider's own words, never the
 * pegawai's reason standing in for them.
 */
export function reopenDecisionRefusal(decision: { approve: boolean; note: string }): { min: number } | null {
  if (decision.approve) return null;
  return decision.note.trim().length < MIN_NOTE ? { min: MIN_NOTE } : null;
}
