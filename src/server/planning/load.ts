import { and, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Queryable } from "../../db/client.js";
import { preparedOn } from "../../db/prepared.js";
import { cycles, districts, documents, people, periods, ruleSets } from "../../db/schema.js";
import type { PlanContent } from "../../domain/planning/content.js";
import type { PlanWindow } from "../../domain/planning/decide.js";
import { PLAN_DOCUMENT } from "../../domain/planning/document.js";
import type { RaporResult } from "../../domain/planning/recommend.js";
import type { PlanContext } from "../../domain/planning/rules.js";
import type { PlanStatus } from "../../domain/planning/state.js";
import { type Extension, effectiveClose } from "../../domain/planning/window.js";
import { dateInZone } from "../../domain/time/today.js";
import { authorize } from "../core/authorize.js";
import { notFound } from "../core/errors.js";
import { rideOnPathId, type SessionActor, type SessionRider } from "../core/session.js";
import { cycleAudience, cycleFactsSql } from "../org/cycle-facts.js";

/** A plan is the cycle's document of kind "plan" (migration 0008), its status and content typed. */
export type PlanRow = Omit<typeof documents.$inferSelect, "status" | "content" | "returnedContent"> & {
  status: PlanStatus;
  content: PlanContent;
  returnedContent: PlanContent | null;
};
export const PLAN_KIND = PLAN_DOCUMENT.kind;

/** The `documents` table under the name `plans`, for joins that read a cycle's plan. */
export const plans = alias(documents, "plans");
/** The join condition of a cycle's plan: the document of kind "plan" (one per cycle). */
export const planOfCycle = (cycleId: typeof cycles.id) => and(eq(plans.cycleId, cycleId), eq(plans.kind, PLAN_KIND));
export type RuleSetRow = typeof ruleSets.$inferSelect;

const decider = alias(people, "decider");

/** What the planning screen shows beyond the scope (see `planViewDetailsSql`). */
export type PlanViewDetails = {
  person: {
    name: string;
    nip: string | null;
    employmentStatus: string;
    rank: string;
    positionLevel: string;
    additionalDuties: string[];
  } | null;
  schoolName: string | null;
  rapor: RaporResult[];
  requests: ReopenRequestRow[];
  files: { id: string; fileName: string; size: number }[];
};

/** A reopen request as a scope reads it (timestamps as JSON strings): the plan's and a practice document's. */
export type ReopenRequestRow = {
  id: string;
  reason: string;
  status: "pending" | "approved" | "refused";
  requestedByName: string | null;
  createdAt: string;
  decidedByName: string | null;
  decidedAs: string | null;
  decisionNote: string | null;
  decidedAt: string | null;
};

/**
 * The screen's extras, read with the scope in the same statement (one round trip fewer per plan
 * view): the pegawai, the school's Rapor, the plan's reopen requests and the SK files its duties
 * name. Read before the viewer is authorised, and dropped unless they are.
 */
const planViewDetailsSql = sql<PlanViewDetails>`json_build_object(
  'person', (select json_build_object('name', p.name, 'nip', p.nip, 'employmentStatus', p.employment_status,
     'rank', p.rank, 'positionLevel', p.position_level, 'additionalDuties', p.additional_duties)
   from people p where p.id = ${cycles.personId}),
  'schoolName', (select s.name from schools s where s.id = ${cycles.schoolId}),
  'rapor', coalesce((select json_agg(json_build_object('indicatorCode', r.indicator_code, 'score', r.score,
     'category', r.category)) from rapor_results r where r.school_id = ${cycles.schoolId}), '[]'::json),
  'requests', coalesce((select json_agg(json_build_object('id', q.id, 'reason', q.reason, 'status', q.status,
     'requestedByName', a.name, 'createdAt', q.created_at, 'decidedByName', b.name, 'decidedAs', q.decided_as,
     'decisionNote', q.decision_note, 'decidedAt', q.decided_at) order by q.created_at desc)
   from reopen_requests q join people a on a.id = q.requested_by left join people b on b.id = q.decided_by
   where q.document_id = ${plans.id}), '[]'::json),
  'files', coalesce((select json_agg(json_build_object('id', f.id, 'fileName', f.file_name, 'size', f.size))
   from files f where f.id = any(array(select (d->>'skFileId')::uuid
     from jsonb_array_elements(case when jsonb_typeof(${plans.content}->'duties') = 'array'
       then ${plans.content}->'duties' else '[]'::jsonb end) d
     where d->>'skFileId' ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'))), '[]'::json))`;

/**
 * The cycle, its period, the plan, the hats that decide who acts on it (the person's own, the
 * school's KS and Plt, the district's Kepala Dinas and Tim Kinerja, with names), the planning
 * extensions that cover the person and whether a profile correction is pending: ONE statement,
 * prepared once, whatever the size of the district. `view` adds the planning screen's details.
 */
const scopeFields = (by: "cycle" | "plan" | "view") => ({
  cycle: cycles,
  period: periods,
  timeZone: districts.timeZone,
  plan: plans,
  decidedByName: decider.name,
  facts: cycleFactsSql,
  extensions: sql<Extension[]>`coalesce((
          select json_agg(json_build_object('scope', e.scope, 'schoolId', e.school_id, 'personId', e.person_id,
            'closesOn', e.closes_on))
          from window_extensions e
          where e.period_id = ${periods.id} and e.phase = 'perencanaan'
            and (e.scope = 'district' or e.school_id = ${cycles.schoolId} or e.person_id = ${cycles.personId})), '[]'::json)`,
  correctionReported: sql<boolean>`exists(select 1 from profile_corrections pc where pc.person_id = ${cycles.personId})`,
  details: by === "view" ? planViewDetailsSql : sql<PlanViewDetails | null>`null`,
});

function scopeQuery(q: Queryable, by: "cycle" | "plan" | "view") {
  return preparedOn(q, `plan_scope_by_${by}`, () =>
    q
      .select(scopeFields(by))
      .from(cycles)
      .innerJoin(periods, eq(periods.id, cycles.periodId))
      .innerJoin(districts, eq(districts.id, periods.districtId))
      .innerJoin(plans, planOfCycle(cycles.id))
      .leftJoin(decider, eq(decider.id, plans.decidedBy))
      .where(by === "plan" ? eq(plans.id, sql.placeholder("id")) : eq(cycles.id, sql.placeholder("id")))
      .prepare(`plan_scope_by_${by}`),
  );
}

type ScopeRow = Awaited<ReturnType<ReturnType<typeof scopeQuery>["execute"]>>[number];

/**
 * A plan's scope rides with the session lookup (`SessionRider`): the same fields, the same tables
 * left-joined on the id in the path: the cycle's for the plan view, the plan's for its actions. A
 * cycle or plan that is not there comes back as a row of nulls (Drizzle nullifies only top-level
 * objects), which `loadPlanScope` answers as not found.
 */
export const planViewRider: SessionRider = {
  name: "plan_view",
  fields: scopeFields("view"),
  join: (q) =>
    q
      .leftJoin(cycles, eq(cycles.id, sql.placeholder("rideId")))
      .leftJoin(periods, eq(periods.id, cycles.periodId))
      .leftJoin(districts, eq(districts.id, periods.districtId))
      .leftJoin(plans, planOfCycle(cycles.id))
      .leftJoin(decider, eq(decider.id, plans.decidedBy)),
  values: rideOnPathId("id"),
};

/** The plan's actions (save, submit, approve, return, agree): the scope by the plan's id. */
export const planActionRider: SessionRider = {
  name: "plan_action",
  fields: scopeFields("plan"),
  join: (q) =>
    q
      .leftJoin(plans, and(eq(plans.id, sql.placeholder("rideId")), eq(plans.kind, PLAN_KIND)))
      .leftJoin(cycles, eq(cycles.id, plans.cycleId))
      .leftJoin(periods, eq(periods.id, cycles.periodId))
      .leftJoin(districts, eq(districts.id, periods.districtId))
      .leftJoin(decider, eq(decider.id, plans.decidedBy)),
  values: rideOnPathId("id"),
};

/** Rule sets are never changed once stored (a new version is a new row): each is read once per process. */
const ruleSetCache = new Map<string, RuleSetRow>();

export async function ruleSetById(q: Queryable, id: string): Promise<RuleSetRow> {
  const cached = ruleSetCache.get(id);
  if (cached) return cached;
  const [row] = await q.select().from(ruleSets).where(eq(ruleSets.id, id));
  if (!row) throw notFound();
  ruleSetCache.set(id, row);
  return row;
}

/**
 * Everything a plan decision needs, loaded in one statement (`viewOfCycle`: and the planning
 * screen's details, `details`; null otherwise): the cycle, its plan, its period and
 * rule set, the live atasan (derived from assignments on the district's date at `now`, so a Plt
 * acts only within their dates), and the viewer's roles on this plan. Every cycle gets its empty
 * plan when it is created (createMissingCycles, migration 0003), so a missing plan is NOT_FOUND.
 */
export async function loadPlanScope(
  q: Queryable,
  actor: SessionActor,
  key: { cycleId: string } | { planId: string } | { viewOfCycle: string },
  now: Date,
  /** The scope as `planViewRider` or `planActionRider` read it with the session, if it rode. */
  ride?: unknown,
) {
  const rode = ride as ScopeRow | undefined;
  // What rode is used only for the very cycle or plan asked for, and only whole (cycle and plan).
  const rodeWhole = rode?.cycle?.id && rode.plan?.id ? [rode] : [];
  const [row] =
    "cycleId" in key
      ? await scopeQuery(q, "cycle").execute({ id: key.cycleId })
      : "planId" in key
        ? rode && rode.plan?.id === key.planId
          ? rodeWhole
          : await scopeQuery(q, "plan").execute({ id: key.planId })
        : rode && rode.cycle?.id === key.viewOfCycle
          ? rodeWhole
          : await scopeQuery(q, "view").execute({ id: key.viewOfCycle });
  if (!row) throw notFound();
  const { cycle, period, facts } = row;
  const plan = row.plan as PlanRow;
  const ruleSet = await ruleSetById(q, period.ruleSetId);
  const today = dateInZone(now, row.timeZone);
  const { live, audience, roles, actingAs } = cycleAudience(actor, cycle, period.districtId, facts, today);
  authorize(actor, { do: "plan.open", plan: audience });

  const window: PlanWindow = {
    today,
    opensOn: period.planningOpensOn,
    closesOn: effectiveClose(period.planningClosesOn, row.extensions, {
      personId: cycle.personId,
      schoolId: cycle.schoolId,
    }),
  };
  const supervised = facts
    .filter((f) => f.personId === cycle.personId && f.kind === "supervisor" && f.schoolId)
    .filter((f) => f.startsOn <= today && (f.endsOn === null || today <= f.endsOn));
  const ctx: PlanContext = {
    track: cycle.track,
    ruleSet: ruleSet.content,
    correctionReported: row.correctionReported,
    supervisedSchoolIds: supervised.map((f) => f.schoolId as string),
  };
  // Names already at hand: a plan DTO or a notification needs no further lookup for these.
  const names = new Map<string, string>(facts.map((f) => [f.personId, f.name]));
  names.set(actor.personId, actor.name);
  if (plan.decidedBy && row.decidedByName !== null) names.set(plan.decidedBy, row.decidedByName);
  const supervisedSchools = [...new Map(supervised.map((f) => [f.schoolId as string, f.schoolName ?? ""])).entries()]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return {
    cycle,
    period,
    ruleSet,
    plan,
    live,
    roles,
    actingAs,
    window,
    ctx,
    today,
    names,
    supervisedSchools,
    details: row.details,
  };
}

export type PlanScope = Awaited<ReturnType<typeof loadPlanScope>>;

export async function planById(tx: Queryable, planId: string): Promise<PlanRow> {
  const [p] = await tx
    .select()
    .from(documents)
    .where(and(eq(documents.id, planId), eq(documents.kind, PLAN_KIND)));
  if (!p) throw notFound();
  return p as PlanRow;
}
