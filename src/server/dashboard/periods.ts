import { type SQL, sql } from "drizzle-orm";

/**
 * The order in which a dashboard picks a district's period when none is asked for: the one running
 * today (the district's date), else the latest that has started, else the next to come. `p` is the
 * periods alias; ties (periods of one district never overlap) end on the id.
 */
export function periodPreference(p: string, today: SQL): SQL {
  const a = sql.raw(p);
  return sql`(${a}.starts_on <= ${today} and ${today} <= ${a}.ends_on) desc, (${a}.starts_on <= ${today}) desc,
    (case when ${a}.starts_on <= ${today} then ${a}.starts_on end) desc, ${a}.starts_on, ${a}.id`;
}

/** The periods a dashboard offers to choose from, newest first, as `ZPeriodChoice` JSON. */
export function periodChoicesJson(p: string): SQL {
  const a = sql.raw(p);
  return sql`json_build_object('id', ${a}.id, 'name', ${a}.name, 'startsOn', ${a}.starts_on, 'endsOn', ${a}.ends_on)`;
}
