/**
 * The plan's state machine (DOMAIN.md §3, §4 document rules):
 *   draft ──submit──▶ submitted ──approve──▶ approved ──agree──▶ agreed (locked)
 *                         └──return(note)──▶ returned ──submit──▶ submitted
 *   approved | agreed ──reopen approved──▶ draft (revision + 1, the old version archived)
 */
export const PLAN_STATUSES = ["draft", "submitted", "returned", "approved", "agreed"] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_ACTIONS = ["save", "submit", "approve", "return", "agree", "requestReopen", "reopen"] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

/** Who is acting on a plan: its owner, the atasan (or Tim Kinerja), or a district admin. */
export type PlanRole = "owner" | "superior" | "admin";

type Rule = { from: readonly PlanStatus[]; roles: readonly PlanRole[]; to: PlanStatus | null };

const RULES: Record<PlanAction, Rule> = {
  save: { from: ["draft", "returned"], roles: ["owner"], to: null },
  submit: { from: ["draft", "returned"], roles: ["owner"], to: "submitted" },
  approve: { from: ["submitted"], roles: ["superior"], to: "approved" },
  return: { from: ["submitted"], roles: ["superior"], to: "returned" },
  agree: { from: ["approved"], roles: ["owner"], to: "agreed" },
  requestReopen: { from: ["approved", "agreed"], roles: ["owner"], to: null },
  reopen: { from: ["approved", "agreed"], roles: ["superior", "admin"], to: "draft" },
};

export type TransitionResult = { ok: true; to: PlanStatus } | { ok: false; reason: "FORBIDDEN" | "INVALID_STATE" };

/** Whether `role` may do `action` on a plan in `status`, and the status it leads to. Pure. */
export function transition(status: PlanStatus, action: PlanAction, roles: readonly PlanRole[]): TransitionResult {
  const rule = RULES[action];
  if (!rule.roles.some((r) => roles.includes(r))) return { ok: false, reason: "FORBIDDEN" };
  if (!rule.from.includes(status)) return { ok: false, reason: "INVALID_STATE" };
  return { ok: true, to: rule.to ?? status };
}

/** Content may change only while the owner holds the pen. */
export function isEditable(status: PlanStatus): boolean {
  return status === "draft" || status === "returned";
}

export function allowedActions(status: PlanStatus, roles: readonly PlanRole[]): PlanAction[] {
  return PLAN_ACTIONS.filter((a) => transition(status, a, roles).ok);
}
