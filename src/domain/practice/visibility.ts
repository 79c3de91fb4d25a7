import type { DocumentRole } from "../documents/engine.js";
import type { PracticeStage } from "./stages.js";

/**
 * Who may read a practice document's content in a status. The observation is the KS's working
 * notes until they finish it: the guru reads it from `observed` on, as a baseline for coaching,
 * never while it is being written. Everything else is read by everyone with a role on the cycle.
 */
export function visibleTo(kind: PracticeStage, status: string, roles: readonly DocumentRole[]): boolean {
  if (kind === "observasi" && status === "draft") return roles.includes("superior");
  return true;
}
