import { sql } from "drizzle-orm";
import type { Db } from "../../src/db/client.js";

/**
 * Where the trigger-kept counts (migrations 0017, 0018) disagree with the rows they count: cycles
 * whose `plan_status` is not their plan's, (period, phase, status) buckets whose tally is not the
 * number of cycles in them, and (district, kind, end date) tallies of assignments. Empty when they agree.
 */
export async function tallyMismatches(db: Db): Promise<unknown[]> {
  const { rows } = await db.execute(sql`
    select 'cycle' as what, c.id::text as key, c.plan_status as kept,
           plan_status_of(d.status, d.version, d.revision) as truth
      from cycles c left join documents d on d.cycle_id = c.id and d.kind = 'plan'
      where c.plan_status is distinct from plan_status_of(d.status, d.version, d.revision)
    union all
    select 'tally', concat_ws('/', coalesce(t.period_id, r.period_id), coalesce(t.phase, r.phase),
             coalesce(t.plan_status, r.plan_status)), coalesce(t.n, 0)::text, coalesce(r.n, 0)::text
      from (select period_id, phase, plan_status, sum(n)::int as n from cycle_tallies group by 1, 2, 3) t
      full join (select c.period_id, c.phase, plan_status_of(d.status, d.version, d.revision) as plan_status,
                        count(*)::int as n
                   from cycles c left join documents d on d.cycle_id = c.id and d.kind = 'plan'
                   group by 1, 2, 3) r
        on r.period_id = t.period_id and r.phase = t.phase and r.plan_status = t.plan_status
      where coalesce(t.n, 0) <> coalesce(r.n, 0)
    union all
    select 'assignment tally', concat_ws('/', coalesce(t.district_id, r.district_id), coalesce(t.kind, r.kind),
             coalesce(t.ends_on, r.ends_on)), coalesce(t.n, 0)::text, coalesce(r.n, 0)::text
      from assignment_tallies t
      full join (select district_id, kind, coalesce(ends_on, 'infinity') as ends_on, count(*)::int as n
                   from assignments group by 1, 2, 3) r
        on r.district_id = t.district_id and r.kind = t.kind and r.ends_on = t.ends_on
      where coalesce(t.n, 0) <> coalesce(r.n, 0)`);
  return rows;
}
