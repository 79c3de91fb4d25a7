import { PHASES, type Phase } from "../cycles/phase.js";
import { PLAN_TRANSITIONS, type PlanStatus } from "../planning/state.js";
import { type NextActor, PRACTICE_STAGES, type PracticeKind } from "../practice/stages.js";

/** Where a plan stands, in the order a cycle moves through them ("not_started": never saved). */
export const PLAN_PROGRESS = [
  "not_started",
  "draft",
  "returned",
  "submitted",
  "approved",
  "agreed",
] as const satisfies readonly (PlanStatus | "not_started")[];
export type PlanProgress = (typeof PLAN_PROGRESS)[number];

/** Where a guru's Praktik Kinerja stands: no stage open yet, at one of the stages, or all done. */
export const PRACTICE_PLACES = ["not_open", ...PRACTICE_STAGES, "done"] as const;
export type PracticePlace = (typeof PRACTICE_PLACES)[number];

/** Who must act at a place: the teacher, the KS, or nobody (window shut, nothing open, all done). */
export const ACTORS_AT_PLACE = ["owner", "superior", "nobody"] as const;
export type ActorAtPlace = (typeof ACTORS_AT_PLACE)[number];

/**
 * Who must act on a plan in `status` to move it forward, from the plan's state machine (a plan never
 * saved is a draft): the owner submits a draft or returned plan and agrees an approved one, the
 * atasan decides a submitted one; an agreed plan goes on in the practice.
 */
export function planNextActor(status: PlanProgress): ActorAtPlace {
  const from = status === "not_started" ? "draft" : status;
  for (const t of [PLAN_TRANSITIONS.submit, PLAN_TRANSITIONS.approve, PLAN_TRANSITIONS.agree]) {
    if (!t.from.includes(from)) continue;
    return t.roles.includes("owner") ? "owner" : "superior";
  }
  return "nobody";
}

/** One cycle the atasan assesses, as the dashboard counts it (`practiceSummary` for an agreed plan). */
export type ProgressRow = {
  cycleId: string;
  name: string;
  phase: Phase;
  planStatus: PlanProgress;
  planningOverdue: boolean;
  practice: {
    stage: PracticeKind | null;
    nextActor: NextActor | null;
    awaitingSuperior: PracticeKind[];
    done: boolean;
  } | null;
};

export type PlaceCount = { place: PracticePlace } & Record<ActorAtPlace, number>;

export type SchoolProgress = {
  total: number;
  byPhase: Record<Phase, number>;
  byPlanStatus: Record<PlanProgress, number>;
  /** Agreed plans only: every place in order, zeros included, so a chart keeps its rows. */
  practice: PlaceCount[];
  planningOverdue: { count: number; first: { cycleId: string; name: string; planStatus: PlanProgress }[] };
  awaitingSuperior: { count: number; first: { cycleId: string; name: string; stages: PracticeKind[] }[] };
};

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

const placeOf = (p: NonNullable<ProgressRow["practice"]>): PracticePlace | null => {
  if (p.done) return "done";
  if (p.stage === null) return "not_open";
  return (PRACTICE_PLACES as readonly string[]).includes(p.stage) ? (p.stage as PracticePlace) : null;
};

/**
 * A KS's dashboard from the cycles they assess (already confirmed by `assessorRoleOn`): how many
 * in each phase and plan status, where the agreed plans' practice stands and who must act there,
 * and the first `listed` names (alphabetical) of those overdue in planning and of those whose
 * practice waits on the KS.
 */
export function schoolProgress(rows: readonly ProgressRow[], listed = 5): SchoolProgress {
  const byPhase = zeros(PHASES);
  const byPlanStatus = zeros(PLAN_PROGRESS);
  const practice = new Map(PRACTICE_PLACES.map((place) => [place, { place, ...zeros(ACTORS_AT_PLACE) }]));
  const sorted = [...rows].sort((a, b) => a.name.localeCompare(b.name, "id") || a.cycleId.localeCompare(b.cycleId));
  const overdue = sorted.filter((r) => r.planningOverdue);
  const awaiting = sorted.filter((r) => (r.practice?.awaitingSuperior.length ?? 0) > 0);

  for (const r of rows) {
    byPhase[r.phase] += 1;
    byPlanStatus[r.planStatus] += 1;
    const place = r.practice && placeOf(r.practice);
    const count = place ? practice.get(place) : undefined;
    if (!r.practice || !count) continue;
    const actor = place === "done" || place === "not_open" ? "nobody" : (r.practice.nextActor ?? "nobody");
    count[actor] += 1;
  }
  return {
    total: rows.length,
    byPhase,
    byPlanStatus,
    practice: [...practice.values()],
    planningOverdue: {
      count: overdue.length,
      first: overdue.slice(0, listed).map((r) => ({ cycleId: r.cycleId, name: r.name, planStatus: r.planStatus })),
    },
    awaitingSuperior: {
      count: awaiting.length,
      first: awaiting.slice(0, listed).map((r) => ({
        cycleId: r.cycleId,
        name: r.name,
        stages: r.practice?.awaitingSuperior ?? [],
      })),
    },
  };
}

/** Counts by phase and plan status from `(phase, status, n)` groups, every key present. */
export function countsOf(groups: readonly { phase: Phase; status: PlanProgress; n: number }[]) {
  const byPhase = zeros(PHASES);
  const byPlanStatus = zeros(PLAN_PROGRESS);
  let total = 0;
  for (const g of groups) {
    byPhase[g.phase] += g.n;
    byPlanStatus[g.status] += g.n;
    total += g.n;
  }
  return { total, byPhase, byPlanStatus };
}
