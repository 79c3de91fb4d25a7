import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { preparedOn } from "../../db/prepared.js";
import { cycles, districts, documents, periods, schools } from "../../db/schema.js";
import type { Phase } from "../../domain/cycles/phase.js";
import type { IndicatorGroup } from "../../domain/dashboard/indicators.js";
import type { PlanProgress } from "../../domain/dashboard/progress.js";
import { planStatusSqlOf } from "../planning/plan-status.js";
import { periodChoicesJson, periodPreference } from "./periods.js";

type PeriodChoice = { id: string; name: string; startsOn: string; endsOn: string };

export type DistrictHeader = {
  district: { id: string; name: string } | null;
  periods: PeriodChoice[];
  period: (PeriodChoice & { ruleSetId: string }) | null;
};

const param = (name: string) => sql.placeholder(name);

/**
 * Which district and period a district dashboard shows, before anything is counted: the asked
 * period's district (or, with none asked, the actor's first), its periods and the one chosen. The
 * use case asks the policy about that district, then counts (`districtCounts`).
 */
export const districtHeaderStatement = (db: Db) =>
  preparedOn(db, "dashboard_district_header", () => {
    const answer = sql<DistrictHeader>`(with dis as materialized (
        select d.id, d.name, (${param("now")}::timestamptz at time zone d.time_zone)::date as today
        from ${districts} d
        where d.id = coalesce((select p.district_id from ${periods} p where p.id = ${param("period")}::uuid),
          ${param("district")}::uuid)
      ), chosen as materialized (
        select p.* from ${periods} p join dis on p.district_id = dis.id
        where ${param("period")}::uuid is null or p.id = ${param("period")}::uuid
        order by ${periodPreference("p", sql`dis.today`)}
        limit 1
      )
      select json_build_object(
        'district', (select json_build_object('id', dis.id, 'name', dis.name) from dis),
        'periods', coalesce((select json_agg(${periodChoicesJson("p")} order by p.starts_on desc, p.id)
          from ${periods} p join dis on p.district_id = dis.id), '[]'::json),
        'period', (select json_build_object('id', p.id, 'name', p.name, 'startsOn', p.starts_on, 'endsOn', p.ends_on,
          'ruleSetId', p.rule_set_id) from chosen p)))`;
    return db.select({ answer }).from(sql`(select 1) as one`).prepare("dashboard_district_header");
  });

type Group = { phase: Phase; status: PlanProgress; n: number };

export type DistrictCounts = {
  totals: Group[];
  schools: { schoolId: string; name: string; npsn: string; total: number; groups: Group[] }[];
  matching: number;
  indicators: IndicatorGroup[];
};

/**
 * Everything a district dashboard counts, in one prepared statement and aggregated in SQL (a
 * district has up to 10,000 teachers: no cycle travels to Node): the period's cycles counted once by
 * school × phase × track × plan status × indicator (`grouped`), then by school × phase × plan status
 * (`g`); the district's totals from those groups, a page of
 * schools by size (largest first, then name and id: the keyset), searched by name or NPSN, each
 * with its groups, how many schools match, and the handed-in plans per track and indicator.
 */
export const districtCountsStatement = (db: Db) =>
  preparedOn(db, "dashboard_district_counts", () => {
    const afterTotal = sql`${param("afterTotal")}::int`;
    const pattern = sql`${param("pattern")}::text`;
    const answer = sql<DistrictCounts>`(with grouped as materialized (
        select c.school_id, c.phase, c.track, ${planStatusSqlOf("pl")} as status,
          case when pl.status in ('submitted', 'approved', 'agreed') then pl.content->>'indicatorCode' end as indicator,
          count(*)::int as n
        from ${cycles} c left join ${documents} pl on pl.cycle_id = c.id and pl.kind = 'plan'
        where c.period_id = ${param("period")}::uuid
        group by 1, 2, 3, 4, 5
      ), g as materialized (
        select x.school_id, x.phase, x.status, sum(x.n)::int as n from grouped x group by 1, 2, 3
      ), sized as materialized (
        select g.school_id, sum(g.n)::int as total, s.name, s.npsn
        from g join ${schools} s on s.id = g.school_id
        group by g.school_id, s.name, s.npsn
      ), matching as (
        select * from sized z where ${pattern} is null or z.name ilike ${pattern} or z.npsn ilike ${pattern}
      ), page as (
        select * from matching m
        where ${afterTotal} is null or m.total < ${afterTotal}
          or (m.total = ${afterTotal} and (m.name, m.school_id) > (${param("afterName")}::text, ${param("afterId")}::uuid))
        order by m.total desc, m.name, m.school_id
        limit ${param("limit")}::int
      )
      select json_build_object(
        'totals', coalesce((select json_agg(t) from (select g.phase, g.status, sum(g.n)::int as n
          from g group by g.phase, g.status) t), '[]'::json),
        'schools', coalesce((select json_agg(json_build_object('schoolId', p.school_id, 'name', p.name, 'npsn', p.npsn,
            'total', p.total,
            'groups', (select json_agg(json_build_object('phase', g.phase, 'status', g.status, 'n', g.n))
              from g where g.school_id = p.school_id))
          order by p.total desc, p.name, p.school_id) from page p), '[]'::json),
        'matching', (select count(*)::int from matching),
        'indicators', coalesce((select json_agg(i) from (select x.track, x.indicator as code,
            coalesce(sum(x.n) filter (where x.status = 'agreed'), 0)::int as agreed,
            coalesce(sum(x.n) filter (where x.status <> 'agreed'), 0)::int as submitted
          from grouped x where x.indicator is not null group by x.track, x.indicator) i), '[]'::json)))`;
    return db.select({ answer }).from(sql`(select 1) as one`).prepare("dashboard_district_counts");
  });
