import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import type { RuleSetContent } from "../../domain/rulesets/types.js";
import { ADVANCING_TRACKS, completePlan, startedPlan } from "./plan-content.js";

/** Share of the guru and KS plans per state, in twentieths: a district on the planning deadline. */
const MIX = [
  { status: "draft", content: "started", version: 2, upTo: 4 },
  { status: "draft", content: "complete", version: 3, upTo: 8 },
  { status: "submitted", content: "complete", version: 4, upTo: 13 },
  { status: "returned", content: "complete", version: 5, upTo: 15 },
  { status: "approved", content: "complete", version: 5, upTo: 18 },
  { status: "agreed", content: "complete", version: 6, upTo: 20 },
] as const;

/**
 * Puts the period's plans in every state with set-based writes that keep the invariants of
 * `actOnPlan`: only plans with an atasan move past draft; content is complete (checked by
 * `planProblems`) from submitted on; stamps, decider and `decided_as` are the atasan's; each
 * transition has its audit event; an agreed plan's cycle is in pelaksanaan. Notifications are
 * not generated. Returns the count per status.
 */
export async function seedScalePlans(
  db: Db,
  o: { periodId: string; ruleSet: RuleSetContent; now: Date },
): Promise<Record<string, number>> {
  const guru = JSON.stringify(completePlan("guru", o.ruleSet));
  const ks = JSON.stringify(completePlan("kepala_sekolah", o.ruleSet));
  const started = JSON.stringify(startedPlan());
  const tracks = `{${ADVANCING_TRACKS.join(",")}}`;
  const bucket = sql.join(
    MIX.map((m, i) => sql`when r < ${m.upTo}::int then ${i}::int`),
    sql` `,
  );
  const status = sql.join(
    MIX.map((m, i) => sql`when ${i}::int then ${m.status}::text`),
    sql` `,
  );
  const version = sql.join(
    MIX.map((m, i) => sql`when ${i}::int then ${m.version}::int`),
    sql` `,
  );
  const isComplete = `{${MIX.flatMap((m, i) => (m.content === "complete" ? [i] : [])).join(",")}}`;
  const decidedAt = new Date(o.now.getTime() - 3600_000);
  const submittedAt = new Date(o.now.getTime() - 86_400_000);
  return db.transaction(async (tx) => {
    await tx.execute(sql`analyze cycles`);
    await tx.execute(sql`analyze documents`);
    await tx.execute(sql`create temporary table scale_plans on commit drop as
      select plan_id, cycle_id, person_id, superior_id, superior_kind, track, b,
        (case b ${status} end)::text as status, case b ${version} end as version
      from (select pl.id as plan_id, c.id as cycle_id, c.person_id, c.superior_id, c.superior_kind::text, c.track,
              case ${bucket} end as b
            from (select *, (row_number() over (order by id)) % 20 as r from cycles
                  where period_id = ${o.periodId} and superior_id is not null and track::text = any(${tracks}::text[])) c
            join documents pl on pl.cycle_id = c.id and pl.kind = 'plan') x`);
    await tx.execute(sql`analyze scale_plans`);
    // The trigger that copies a plan's status onto its cycle runs a statement per row (the product
    // changes one plan at a time); here every plan changes at once, so it is off for this
    // transaction and the cycles take their plan status in one statement below (the tallies move
    // with that statement). ALTER TABLE holds the table until commit: this is a generator.
    await tx.execute(sql`alter table documents disable trigger documents_plan_status_update`);
    await tx.execute(sql`update documents p set status = s.status, version = s.version, updated_at = ${o.now},
        content = case when s.b = any(${isComplete}::int[])
          then (case when s.track = 'kepala_sekolah' then ${ks} else ${guru} end)::jsonb else ${started}::jsonb end,
        submitted_at = case when s.status <> 'draft' then ${submittedAt}::timestamptz end,
        decided_at = case when s.status in ('returned', 'approved', 'agreed') then ${decidedAt}::timestamptz end,
        decided_by = case when s.status in ('returned', 'approved', 'agreed') then s.superior_id end,
        decided_as = case when s.status in ('returned', 'approved', 'agreed') then s.superior_kind end,
        note = case when s.status = 'returned' then 'Lengkapi rencana aksi untuk indikator praktik.' end,
        completed_at = case when s.status = 'agreed' then ${o.now}::timestamptz end
      from scale_plans s where p.id = s.plan_id`);
    await tx.execute(sql`alter table documents enable trigger documents_plan_status_update`);
    await tx.execute(sql`update cycles c set plan_status = plan_status_of(s.status, s.version, 1),
        plan_submitted_at = case when s.status <> 'draft' then ${submittedAt}::timestamptz end,
        phase = case when s.status = 'agreed' then 'pelaksanaan' else c.phase end,
        updated_at = ${o.now}
      from scale_plans s where c.id = s.cycle_id`);
    // One audit event per transition the plan went through, as actOnPlan writes them.
    await tx.execute(sql`insert into audit_events (at, actor_id, acting_as, entity_type, entity_id, action, from_state, to_state, reason, data)
      select e.at, e.actor, e.acting_as, 'plan', s.plan_id::text, 'plan_' || e.to_state, e.from_state, e.to_state, e.reason,
        jsonb_build_object('cycleId', s.cycle_id, 'version', s.version, 'revision', 1)
      from scale_plans s cross join lateral (values
        (${submittedAt}::timestamptz, s.person_id, 'owner', 'draft', 'submitted', null::text, s.status <> 'draft'),
        (${decidedAt}::timestamptz, s.superior_id, s.superior_kind, 'submitted', case when s.status = 'returned'
          then 'returned' else 'approved' end, case when s.status = 'returned'
          then 'Lengkapi rencana aksi untuk indikator praktik.' end, s.status in ('returned', 'approved', 'agreed')),
        (${o.now}::timestamptz, s.person_id, 'owner', 'approved', 'agreed', null, s.status = 'agreed')
      ) e(at, actor, acting_as, from_state, to_state, reason, happened) where e.happened`);
    const counts = await tx.execute<{ status: string; n: number }>(sql`select p.status, count(*)::int as n
      from documents p join cycles c on c.id = p.cycle_id where p.kind = 'plan' and c.period_id = ${o.periodId} group by p.status`);
    return Object.fromEntries(counts.rows.map((r) => [r.status, r.n]));
  });
}
