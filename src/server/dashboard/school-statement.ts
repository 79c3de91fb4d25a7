import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { preparedOn } from "../../db/prepared.js";
import {
  assignments,
  cycles,
  districts,
  documents,
  people,
  periods,
  schools,
  windowExtensions,
} from "../../db/schema.js";
import type { PeriodWindows, Phase } from "../../domain/cycles/phase.js";
import type { PlanProgress } from "../../domain/dashboard/progress.js";
import type { AssignmentFact } from "../../domain/org/types.js";
import type { Extension } from "../../domain/planning/window.js";
import type { TimeZone } from "../../domain/time/today.js";
import { planStatusSqlOf } from "../planning/plan-status.js";
import { periodChoicesJson, periodPreference } from "./periods.js";

type PeriodChoice = { id: string; name: string; startsOn: string; endsOn: string };

export type SchoolAnswer = {
  school: { id: string; name: string; districtId: string; timeZone: TimeZone } | null;
  periods: PeriodChoice[];
  period: (PeriodChoice & PeriodWindows) | null;
  rows: {
    cycleId: string;
    personId: string;
    name: string;
    phase: Phase;
    status: PlanProgress;
    /** The practice documents' statuses by kind (null: none yet). */
    documents: Record<string, string> | null;
  }[];
  extensions: (Extension & { phase: "perencanaan" | "pelaksanaan" | "penilaian" })[];
  /** The school's principal hats (KS and Plt, with dates): all `assessorRoleOn` reads for a guru. */
  facts: AssignmentFact[];
};

const param = (name: string) => sql.placeholder(name);

/**
 * A school's dashboard in one prepared statement: the school, its district's periods and the one
 * shown, every guru cycle of the school in that period with its plan status and practice documents,
 * the window extensions that can cover them, and the school's principal hats. The rows are every
 * guru of the school — bounded by the school's size — and the use case keeps those `assessorRoleOn`
 * gives the KS today (the same rule as the queue; the stored atasan is not consulted, so a refresh
 * not yet run after a Plt's term ended changes nothing here).
 */
export const schoolStatement = (db: Db) =>
  preparedOn(db, "dashboard_school", () => {
    const today = sql`sch.today`;
    const answer = sql<SchoolAnswer>`(with sch as materialized (
        select s.id, s.name, s.district_id, d.time_zone,
          (${param("now")}::timestamptz at time zone d.time_zone)::date as today
        from ${schools} s join ${districts} d on d.id = s.district_id
        where s.id = ${param("school")}::uuid
      ), chosen as materialized (
        select p.* from ${periods} p join sch on p.district_id = sch.district_id
        where ${param("period")}::uuid is null or p.id = ${param("period")}::uuid
        order by ${periodPreference("p", today)}
        limit 1
      ), staff as materialized (
        select c.id, c.person_id, pe.name, c.phase, ${planStatusSqlOf("pl")} as status
        from chosen p
          join ${cycles} c on c.period_id = p.id and c.school_id = ${param("school")}::uuid and c.track = 'guru'
          join ${people} pe on pe.id = c.person_id
          left join ${documents} pl on pl.cycle_id = c.id and pl.kind = 'plan'
      )
      select json_build_object(
        'school', (select json_build_object('id', sch.id, 'name', sch.name, 'districtId', sch.district_id,
            'timeZone', sch.time_zone) from sch),
        'periods', coalesce((select json_agg(${periodChoicesJson("p")} order by p.starts_on desc, p.id)
            from ${periods} p join sch on p.district_id = sch.district_id), '[]'::json),
        'period', (select json_build_object('id', p.id, 'name', p.name, 'startsOn', p.starts_on, 'endsOn', p.ends_on,
            'planningOpensOn', p.planning_opens_on, 'planningClosesOn', p.planning_closes_on,
            'executionOpensOn', p.execution_opens_on, 'executionClosesOn', p.execution_closes_on,
            'assessmentOpensOn', p.assessment_opens_on, 'assessmentClosesOn', p.assessment_closes_on) from chosen p),
        'rows', coalesce((select json_agg(json_build_object('cycleId', r.id, 'personId', r.person_id, 'name', r.name,
            'phase', r.phase, 'status', r.status,
            'documents', (select json_object_agg(dd.kind, dd.status) from ${documents} dd
              where dd.cycle_id = r.id and dd.kind <> 'plan'))) from staff r), '[]'::json),
        'extensions', coalesce((select json_agg(json_build_object('phase', we.phase, 'scope', we.scope,
            'schoolId', we.school_id, 'personId', we.person_id, 'closesOn', we.closes_on))
          from ${windowExtensions} we join chosen p on we.period_id = p.id
          where we.scope = 'district' or we.school_id = ${param("school")}::uuid
            or we.person_id = any(array(select r.person_id from staff r))), '[]'::json),
        'facts', coalesce((select json_agg(json_build_object('personId', a.person_id, 'kind', a.kind,
            'districtId', a.district_id, 'schoolId', a.school_id, 'acting', a.acting,
            'startsOn', a.starts_on, 'endsOn', a.ends_on))
          from ${assignments} a where a.school_id = ${param("school")}::uuid and a.kind = 'principal'), '[]'::json)))`;
    return db.select({ answer }).from(sql`(select 1) as one`).prepare("dashboard_school");
  });
