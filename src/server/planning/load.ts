import { and, eq } from "drizzle-orm";
import type { Queryable } from "../../db/client.js";
import { cycles, districts, periods, plans, profileCorrections, ruleSets, windowExtensions } from "../../db/schema.js";
import { planRoles } from "../../domain/auth/policy.js";
import { assessorRoleOn, type CycleSubject, superiorOn } from "../../domain/org/assessors.js";
import type { PlanWindow } from "../../domain/planning/decide.js";
import type { PlanContext } from "../../domain/planning/rules.js";
import { effectiveClose } from "../../domain/planning/window.js";
import { dateInZone } from "../../domain/time/today.js";
import { authorize } from "../core/authorize.js";
import { notFound } from "../core/errors.js";
import type { SessionActor } from "../core/session.js";
import { assignmentsAround } from "../periods/refresh-superiors.js";

export type PlanRow = typeof plans.$inferSelect;

/**
 * Everything a plan decision needs, loaded once: the cycle, its period and rule set, the live
 * atasan (derived from assignments on the district's date at `now`, so a Plt acts only within
 * their dates), and the
 * viewer's roles on this plan.
 */
export async function loadPlanScope(tx: Queryable, actor: SessionActor, cycleId: string, now: Date) {
  const [row] = await tx
    .select({ cycle: cycles, period: periods, ruleSet: ruleSets, timeZone: districts.timeZone })
    .from(cycles)
    .innerJoin(periods, eq(periods.id, cycles.periodId))
    .innerJoin(districts, eq(districts.id, periods.districtId))
    .innerJoin(ruleSets, eq(ruleSets.id, periods.ruleSetId))
    .where(eq(cycles.id, cycleId));
  if (!row) throw notFound();
  const { cycle, period, ruleSet } = row;
  const today = dateInZone(now, row.timeZone);
  const facts = await assignmentsAround(tx, period.districtId, cycle.personId, cycle.schoolId);
  const subject: CycleSubject = {
    personId: cycle.personId,
    track: cycle.track,
    districtId: period.districtId,
    schoolId: cycle.schoolId,
  };
  const live = superiorOn(subject, facts, today);
  const assessorRole = assessorRoleOn(actor.personId, subject, facts, today);
  const audience = { ownerId: cycle.personId, districtId: period.districtId, assessorRole };
  authorize(actor, { do: "plan.open", plan: audience });
  const roles = planRoles(actor, audience);
  // How the decision is recorded: as the atasan or Tim Kinerja when that is a role, else owner or admin.
  const actingAs: string = assessorRole ?? (roles.includes("owner") ? "owner" : "admin");

  const extensions = await tx
    .select()
    .from(windowExtensions)
    .where(and(eq(windowExtensions.periodId, period.id), eq(windowExtensions.phase, "perencanaan")));
  const window: PlanWindow = {
    today,
    opensOn: period.planningOpensOn,
    closesOn: effectiveClose(period.planningClosesOn, extensions, {
      personId: cycle.personId,
      schoolId: cycle.schoolId,
    }),
  };

  const [correction] = await tx
    .select({ id: profileCorrections.id })
    .from(profileCorrections)
    .where(eq(profileCorrections.personId, cycle.personId))
    .limit(1);
  const supervisedSchoolIds = facts
    .filter((f) => f.personId === cycle.personId && f.kind === "supervisor" && f.schoolId)
    .filter((f) => f.startsOn <= today && (f.endsOn === null || today <= f.endsOn))
    .map((f) => f.schoolId as string);
  const ctx: PlanContext = {
    track: cycle.track,
    ruleSet: ruleSet.content,
    correctionReported: correction !== undefined,
    supervisedSchoolIds,
  };
  return { cycle, period, ruleSet, live, roles, actingAs, window, ctx, today };
}

export type PlanScope = Awaited<ReturnType<typeof loadPlanScope>>;

/**
 * The cycle's plan. Every cycle gets its empty plan when it is created (createMissingCycles, and
 * migration 0003 for older cycles), so reading never has to write: a missing plan is NOT_FOUND.
 */
export async function planOfCycle(tx: Queryable, cycleId: string): Promise<PlanRow> {
  const [p] = await tx.select().from(plans).where(eq(plans.cycleId, cycleId));
  if (!p) throw notFound();
  return p;
}

export async function planById(tx: Queryable, planId: string): Promise<PlanRow> {
  const [p] = await tx.select().from(plans).where(eq(plans.id, planId));
  if (!p) throw notFound();
  return p;
}
