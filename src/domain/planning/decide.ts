import { type DocumentCommand, decide as decideDocument, MIN_NOTE } from "../documents/engine.js";
import type { IsoDate } from "../org/types.js";
import type { PlanContent } from "./content.js";
import { PLAN_DOCUMENT } from "./document.js";
import type { PlanContext, PlanProblem } from "./rules.js";
import type { PlanAction, PlanRole, PlanStatus } from "./state.js";

export type PlanState = { status: PlanStatus; content: PlanContent; version: number; revision: number };

export type PlanCommand =
  | { type: "save"; content: PlanContent; version: number }
  | { type: "submit"; version: number }
  | { type: "approve" }
  | { type: "return"; note: string }
  | { type: "agree" }
  | { type: "reopen" };

export type PlanWindow = { today: IsoDate; opensOn: IsoDate; closesOn: IsoDate };

export type Decision =
  | { ok: true; next: PlanState; changed: boolean }
  | { ok: false; error: "FORBIDDEN" | "INVALID_STATE" | "STALE_VERSION" | "NOTE_REQUIRED"; status: PlanStatus }
  | { ok: false; error: "INCOMPLETE"; problems: PlanProblem[] }
  | { ok: false; error: "WINDOW_NOT_OPEN" | "WINDOW_CLOSED"; date: IsoDate };

export const MIN_RETURN_NOTE = MIN_NOTE;

/**
 * Every change to a plan goes through here: the use cases load, call `decide`, and persist `next`.
 * It is the document engine's `decide` on the plan's definition; the property tests drive this
 * same function, so "no action sequence reaches an agreed plan that breaks a rule" is tested on
 * the code the server runs.
 */
export function decide(
  state: PlanState,
  cmd: PlanCommand,
  roles: readonly PlanRole[],
  ctx: PlanContext,
  window: PlanWindow,
): Decision {
  const command: DocumentCommand<Exclude<PlanAction, "save">, PlanContent> = cmd.type === "save"
    ? cmd
    : cmd.type === "submit"
      ? { type: "act", action: "submit", version: cmd.version }
      : cmd.type === "return"
        ? { type: "act", action: "return", note: cmd.note }
        : { type: "act", action: cmd.type };
  return decideDocument(PLAN_DOCUMENT, state, command, roles, ctx, window);
}
