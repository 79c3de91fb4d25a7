import { type DocumentRole, type Pen, type Transition, transitionOf } from "../documents/engine.js";
import type { PlanContent } from "./content.js";

/**
 * The plan's state machine (DOMAIN.md §3, §4 document rules), as the document engine's data:
 *   draft ──submit──▶ submitted ──approve──▶ approved ──agree──▶ agreed (locked)
 *                         └──return(note)──▶ returned ──submit──▶ submitted
 *   approved | agreed ──reopen approved──▶ draft (revision + 1, the old version archived)
 */
export const PLAN_STATUSES = ["draft", "submitted", "returned", "approved", "agreed"] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_ACTIONS = ["save", "submit", "approve", "return", "agree", "requestReopen", "reopen"] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

/** Who is acting on a plan: its owner, the atasan (or Tim Kinerja), or a district admin. */
export type PlanRole = DocumentRole;

export const PLAN_TRANSITIONS: Record<Exclude<PlanAction, "save">, Transition<PlanStatus>> = {
  submit: {
    from: ["draft", "returned"],
    roles: ["owner"],
    to: "submitted",
    requires: ["window", "complete"],
    versioned: true,
  },
  approve: { from: ["submitted"], roles: ["superior"], to: "approved" },
  return: { from: ["submitted"], roles: ["superior"], to: "returned", requires: ["note"] },
  agree: { from: ["approved"], roles: ["owner"], to: "agreed" },
  requestReopen: { from: ["approved", "agreed"], roles: ["owner"], to: null },
  reopen: { from: ["approved", "agreed"], roles: ["superior", "admin"], to: "draft", reopens: true },
};

/** Content may change only while the owner holds the pen. */
export const PLAN_PENS: Partial<Record<DocumentRole, Pen<PlanStatus, PlanContent>>> = {
  owner: { statuses: ["draft", "returned"], fields: "all" },
};

const machine = { transitions: PLAN_TRANSITIONS, pens: PLAN_PENS };

export type TransitionResult = { ok: true; to: PlanStatus } | { ok: false; reason: "FORBIDDEN" | "INVALID_STATE" };

/** Whether `role` may do `action` on a plan in `status`, and the status it leads to. Pure. */
export function transition(status: PlanStatus, action: PlanAction, roles: readonly PlanRole[]): TransitionResult {
  return transitionOf(machine, status, action, roles);
}

export function isEditable(status: PlanStatus): boolean {
  return PLAN_PENS.owner?.statuses.includes(status) ?? false;
}

export function allowedActions(status: PlanStatus, roles: readonly PlanRole[]): PlanAction[] {
  return PLAN_ACTIONS.filter((a) => transition(status, a, roles).ok);
}

/**
 * How a plan's status reads everywhere (queue, review, home): one that was only opened, never
 * saved, has not been started, whoever opened it — a KS's queue and the plan's own page say the same.
 */
export function planStatusOf(
  plan: { status: PlanStatus | null; version: number | null; revision: number | null } | null,
): PlanStatus | "not_started" {
  if (!plan?.status) return "not_started";
  if (plan.status === "draft" && plan.version === 1 && plan.revision === 1) return "not_started";
  return plan.status;
}
