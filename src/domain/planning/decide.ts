import type { IsoDate } from "../org/types.js";
import type { PlanContent } from "./content.js";
import { cleanBehaviourNotes, type PlanContext, type PlanProblem, planProblems } from "./rules.js";
import { type PlanAction, type PlanRole, type PlanStatus, transition } from "./state.js";
import { checkWindow } from "./window.js";

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

export const MIN_RETURN_NOTE = 10;

const ACTION: Record<PlanCommand["type"], PlanAction> = {
  save: "save",
  submit: "submit",
  approve: "approve",
  return: "return",
  agree: "agree",
  reopen: "reopen",
};

/**
 * Every change to a plan goes through here: the use cases load, call `decide`, and persist `next`.
 * The property tests drive this same function, so "no action sequence reaches an agreed plan
 * that breaks a rule" is tested on the code the server runs.
 */
export function decide(
  state: PlanState,
  cmd: PlanCommand,
  roles: readonly PlanRole[],
  ctx: PlanContext,
  window: PlanWindow,
): Decision {
  // A retried submit of the same version is a success that changes nothing (idempotent "Kumpulkan").
  if (
    cmd.type === "submit" &&
    state.status === "submitted" &&
    cmd.version === state.version &&
    roles.includes("owner")
  ) {
    return { ok: true, next: state, changed: false };
  }
  const t = transition(state.status, ACTION[cmd.type], roles);
  if (!t.ok) return { ok: false, error: t.reason, status: state.status };

  switch (cmd.type) {
    case "save": {
      if (cmd.version !== state.version) return { ok: false, error: "STALE_VERSION", status: state.status };
      const content = { ...cmd.content, behaviourNotes: cleanBehaviourNotes(cmd.content.behaviourNotes, ctx.ruleSet) };
      return { ok: true, next: { ...state, content, version: state.version + 1 }, changed: true };
    }
    case "submit": {
      if (cmd.version !== state.version) return { ok: false, error: "STALE_VERSION", status: state.status };
      const w = checkWindow(window.today, window.opensOn, window.closesOn);
      if (!w.ok)
        return { ok: false, error: w.reason === "NOT_OPEN" ? "WINDOW_NOT_OPEN" : "WINDOW_CLOSED", date: w.date };
      const problems = planProblems(state.content, ctx);
      if (problems.length > 0) return { ok: false, error: "INCOMPLETE", problems };
      // Status changes keep the version: it guards the content, so a retried submit still matches.
      return { ok: true, next: { ...state, status: t.to }, changed: true };
    }
    case "return":
      if (cmd.note.trim().length < MIN_RETURN_NOTE) return { ok: false, error: "NOTE_REQUIRED", status: state.status };
      return { ok: true, next: { ...state, status: t.to }, changed: true };
    case "reopen":
      return {
        ok: true,
        next: { ...state, status: t.to, version: state.version + 1, revision: state.revision + 1 },
        changed: true,
      };
    default:
      return { ok: true, next: { ...state, status: t.to }, changed: true };
  }
}
