import { sql } from "drizzle-orm";
import type { Db } from "../../src/db/client.js";

/**
 * What `queue_entries` and the cycle's copies (`person_name`, `person_nip`, `school_name`,
 * `superior_name`, `plan_id`, `plan_submitted_at`; kept by triggers, migrations 0024, 0025, 0031 and 0033) hold that the tables they
 * follow do not say, and the reverse: empty when in sync. Each row names the side it is on
 * ("missing": derived but not stored; "extra": stored but not derived; "stale": a copy on a cycle).
 */
export async function queueDrift(db: Db) {
  const { rows } = await db.execute<Record<string, unknown>>(sql`
    with want as (
      select v.viewer_id, c.period_id, c.id as cycle_id, c.plan_status, c.person_name as name, c.phase,
        c.track::text as track, c.person_id, c.school_id, c.person_nip as nip, c.school_name, c.plan_id, c.plan_submitted_at
      from (select superior_id as viewer_id, id as cycle_id from cycles where superior_id is not null
        union select person_id, cycle_id from cycle_assessors) v
      join cycles c on c.id = v.cycle_id
    ), have as (
      select viewer_id, period_id, cycle_id, plan_status, name, phase, track::text as track, person_id, school_id,
        nip, school_name, plan_id, plan_submitted_at
      from queue_entries
    )
    (select 'missing' as side, m.* from (select * from want except select * from have) m)
    union all
    (select 'extra', x.* from (select * from have except select * from want) x)
    union all
    (select 'stale', null, c.period_id, c.id, c.plan_status, c.person_name, c.phase, c.track::text, c.person_id, c.school_id,
        c.person_nip, c.school_name, c.plan_id, c.plan_submitted_at
      from cycles c join people p on p.id = c.person_id
        left join schools s on s.id = c.school_id
        left join people sp on sp.id = c.superior_id
        left join documents d on d.cycle_id = c.id and d.kind = 'plan'
      where (c.person_name, c.person_nip, c.school_name, c.superior_name, c.plan_id, c.plan_submitted_at)
        is distinct from (p.name, p.nip, s.name, sp.name, d.id, d.submitted_at))`);
  return rows;
}
