import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { preparedOn } from "../../db/prepared.js";
import {
  assignments,
  cycleAssessors,
  cycles,
  districts,
  documents,
  people,
  periods,
  reopenRequests,
  schools,
  timKinerjaSubjects,
  windowExtensions,
} from "../../db/schema.js";
import { predikatOf } from "../../domain/assessment/predikat.js";
import type { Expectation } from "../../domain/assessment/scale.js";
import type { Phase } from "../../domain/cycles/phase.js";
import { assessorRoleOn, type CycleTrack, superiorOn } from "../../domain/org/assessors.js";
import type { AssignmentFact, IsoDate } from "../../domain/org/types.js";
import type { PlanStatus } from "../../domain/planning/state.js";
import type { ObservationMode } from "../../domain/practice/context.js";
import type { RekomendasiStatus } from "../../domain/practice/rekomendasi.js";
import { practiceSummary } from "../../domain/practice/stages.js";
import { dateInZone, type TimeZone } from "../../domain/time/today.js";
import { containsPattern, decodeCursor, encodeCursor } from "../core/cursor.js";
import { AppError } from "../core/errors.js";
import type { SessionActor } from "../core/session.js";

export type QueueStatus = PlanStatus | "not_started";
export type QueueFilter = "all" | "overdue" | QueueStatus;
/** Whose cycles: one track, or `leaders` (KS and pengawas: the Tim Kinerja's and the Kepala Dinas's). */
export type QueueTrack = CycleTrack | "leaders";
export type QueuePage = {
  q?: string | undefined;
  filter: QueueFilter;
  track?: QueueTrack | undefined;
  cursor?: string | undefined;
  limit: number;
};

/** The Tim Kinerja's recommendation as a list shows it: its values only once sent to the Kepala Dinas. */
type RecommendationRow = { status: RekomendasiStatus; hasilKerja: Expectation | null; perilaku: Expectation | null };

type Row = {
  id: string;
  personId: string;
  periodId: string;
  periodName: string;
  districtId: string;
  timeZone: TimeZone;
  track: CycleTrack;
  schoolId: string | null;
  schoolName: string | null;
  phase: Phase;
  planId: string | null;
  submittedAt: string | null;
  name: string;
  nip: string | null;
  status: QueueStatus;
  overdue: boolean;
  pendingReopen: boolean;
  rank: number;
  executionOpensOn: IsoDate;
  executionClosesOn: IsoDate;
  assessmentOpensOn: IsoDate;
  assessmentClosesOn: IsoDate;
  /** The practice documents' statuses by kind (null: none yet). */
  documents: Record<string, string> | null;
  /** A KS's persiapan: how the observation is made (null for everyone else). */
  observationMode: ObservationMode | null;
  recommendation: RecommendationRow | null;
};
type Group = { status: QueueStatus; phase: Phase; n: number; overdue: number; matching: number };
/** The facts `assessorRoleOn` reads, with a Tim Kinerja member's name (to say who observes whom). */
type Fact = AssignmentFact & { name: string | null };
type Answer = { rows: Row[]; groups: Group[]; facts: Fact[] };

const param = (name: string) => sql.placeholder(name);

/**
 * The whole queue page in one prepared statement: the page, the counts per status and phase, and
 * the assignments `assessorRoleOn` needs to confirm each row (with the Tim Kinerja named for the page's people). The search, the filter and the
 * cursor are parameters (null when absent), so the text never changes and PostgreSQL plans it
 * once per connection; Drizzle builds it once per process.
 *
 * `overdue` is `effectiveClose` (src/domain/planning/window.ts) on the district's date:
 * unfinished after the latest of the period's planning close and every extension covering the
 * person. The stored atasan and Tim Kinerja membership pre-select the rows (`scoped`).
 */
const queueStatement = (db: Db) =>
  preparedOn(db, "planning_queue", () => {
    const filter = sql`${param("filter")}::text`;
    const pattern = sql`${param("pattern")}::text`;
    const afterRank = sql`${param("afterRank")}::int`;
    const track = sql`${param("track")}::text`;
    // Tables by alias: Drizzle writes a column object unqualified in a query without a table.
    // `= any(array(subquery))`, not `in (subquery)`: PostgreSQL then ORs two index scans.
    // A Kepala Dinas or Tim Kinerja member ranks thousands of rows, so a row costs what the cycle
    // itself holds (its plan's status, migration 0017; its person's name, migration 0024) and
    // nothing is looked up per row unless it needs it: the period's close is judged once per
    // period, the pending reopen requests read once, the person's search key only when searching.
    // The page's other columns (the plan, NIP, windows, school, documents) are looked up for its rows alone.
    const answer = sql<Answer>`(with scoped as materialized (
        select c.id, c.person_id, c.period_id, c.track, c.school_id, c.phase, c.person_name as name,
          c.plan_status as status
        from ${cycles} c
        where (c.superior_id = ${param("actor")}
          or c.id = any(array(select ca.cycle_id from ${cycleAssessors} ca where ca.person_id = ${param("actor")})))
          and (${track} is null or c.track::text = ${track} or (${track} = 'leaders' and c.track <> 'guru'))
      ), windows as materialized (
        -- Per period, not per row: its date, and whether its planning closed for everyone (a district
        -- extension counts; a school's or a person's is looked up only for the rows then unfinished).
        select p.id, t.today, t.today > greatest(p.planning_closes_on, (select max(we.closes_on) from ${windowExtensions} we
            where we.period_id = p.id and we.phase = 'perencanaan' and we.scope = 'district')) as past_close
        from ${periods} p
          join ${districts} d on d.id = p.district_id
          cross join lateral (select (${param("now")}::timestamptz at time zone d.time_zone)::date as today) t
        where p.id = any(array(select distinct s.period_id from scoped s))
      ), ranked as materialized (
        select s.*, q.pending_reopen, q.overdue,
          (case when q.pending_reopen then 0 else (case s.status
            when 'submitted' then 0 when 'returned' then 1 when 'draft' then 2 when 'not_started' then 3
            when 'approved' then 4 else 5 end) end) * 2 + (case when q.overdue then 0 else 1 end) as rank,
          (${pattern} is null or exists (select 1 from ${people} x
              where x.id = s.person_id and x.search_key like lower(${pattern})))
            and (${filter} = 'all' or (${filter} = 'overdue' and q.overdue) or s.status = ${filter}) as matching
        from scoped s
          join windows w on w.id = s.period_id
          cross join lateral (select
            -- A reopen can be requested of an approved or agreed plan only; the pending ones are few.
            s.status in ('approved', 'agreed') and s.id = any(array(select x.cycle_id from ${reopenRequests} rr
              join ${documents} x on x.id = rr.document_id and x.kind = 'plan' where rr.status = 'pending')) as pending_reopen,
            -- effectiveClose (src/domain/planning/window.ts): unfinished after the latest close covering the person.
            s.status in ('not_started', 'draft', 'returned', 'submitted') and w.past_close and not exists (
              select 1 from ${windowExtensions} we where we.period_id = s.period_id and we.phase = 'perencanaan'
                and we.closes_on >= w.today and ((we.scope = 'school' and we.school_id = s.school_id)
                  or (we.scope = 'person' and we.person_id = s.person_id))) as overdue) q
      ), page as (
        select r.*, pe.nip, pl.id as plan_id, p.name as period_name, p.district_id, d.time_zone, s.name as school_name,
          to_char(pl.submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as submitted_at,
          p.execution_opens_on,
          greatest(p.execution_closes_on, (select max(we.closes_on) from ${windowExtensions} we
            where we.period_id = p.id and we.phase = 'pelaksanaan'
              and (we.scope = 'district' or (we.scope = 'school' and we.school_id = r.school_id)
                or (we.scope = 'person' and we.person_id = r.person_id)))) as execution_closes_on,
          p.assessment_opens_on,
          greatest(p.assessment_closes_on, (select max(we.closes_on) from ${windowExtensions} we
            where we.period_id = p.id and we.phase = 'penilaian'
              and (we.scope = 'district' or (we.scope = 'school' and we.school_id = r.school_id)
                or (we.scope = 'person' and we.person_id = r.person_id)))) as assessment_closes_on
        from (select * from ranked r
          where r.matching and (${afterRank} is null
            or (r.rank, r.name, r.id) > (${afterRank}, ${param("afterName")}::text, ${param("afterId")}::uuid))
          order by r.rank, r.name, r.id
          limit ${param("limit")}::int) r
          join ${people} pe on pe.id = r.person_id
          join ${periods} p on p.id = r.period_id
          join ${districts} d on d.id = p.district_id
          left join ${schools} s on s.id = r.school_id
          left join ${documents} pl on pl.cycle_id = r.id and pl.kind = 'plan'
      )
      select json_build_object(
        'rows', coalesce((select json_agg(json_build_object('id', p.id, 'personId', p.person_id,
            'periodId', p.period_id, 'periodName', p.period_name, 'districtId', p.district_id,
            'timeZone', p.time_zone, 'track', p.track, 'schoolId', p.school_id, 'schoolName', p.school_name,
            'phase', p.phase, 'planId', p.plan_id, 'submittedAt', p.submitted_at, 'name', p.name, 'nip', p.nip,
            'status', p.status, 'overdue', p.overdue, 'pendingReopen', p.pending_reopen, 'rank', p.rank,
            'executionOpensOn', p.execution_opens_on, 'executionClosesOn', p.execution_closes_on,
            'assessmentOpensOn', p.assessment_opens_on, 'assessmentClosesOn', p.assessment_closes_on,
            'documents', (select json_object_agg(dd.kind, dd.status) from ${documents} dd where dd.cycle_id = p.id and dd.kind <> 'plan'),
            'observationMode', (select dd.content->>'observationMode' from ${documents} dd
              where dd.cycle_id = p.id and dd.kind = 'persiapan' and p.track = 'kepala_sekolah'),
            'recommendation', (select json_build_object('status', dd.status,
                'hasilKerja', case when dd.status = 'submitted' then dd.content->>'hasilKerja' end,
                'perilaku', case when dd.status = 'submitted' then dd.content->>'perilaku' end)
              from ${documents} dd where dd.cycle_id = p.id and dd.kind = 'rekomendasi'))
            order by p.rank, p.name, p.id) from page p), '[]'::json),
        'groups', coalesce((select json_agg(g) from (
            select r.status, r.phase, count(*)::int as n, (count(*) filter (where r.overdue))::int as overdue,
              (count(*) filter (where r.matching))::int as matching
            from ranked r group by r.status, r.phase) g), '[]'::json),
        'facts', coalesce((select json_agg(json_build_object('personId', a.person_id, 'kind', a.kind,
            'districtId', a.district_id, 'schoolId', a.school_id, 'acting', a.acting,
            'startsOn', a.starts_on, 'endsOn', a.ends_on,
            'name', case when a.kind = 'tim_kinerja' then (select x.name from ${people} x where x.id = a.person_id) end,
            'namedSubjectIds', case when a.kind = 'tim_kinerja' then array(select l.subject_id from ${timKinerjaSubjects} l
              where l.member_id = a.person_id and l.district_id = a.district_id
                and l.subject_id = any(array(select p.person_id from page p))) end))
          from ${assignments} a
          where a.district_id = any(array(select distinct p.district_id from page p))
            and (a.kind in ('head_of_district', 'tim_kinerja')
              or (a.kind = 'principal' and a.school_id = any(array(select p.school_id from page p where p.track = 'guru'))))),
          '[]'::json)))`;
    return db.select({ answer }).from(sql`(select 1) as one`).prepare("planning_queue");
  });

/**
 * The atasan's view of planning, a page at a time: the plans of the people they assess, in
 * the order that needs them first, searched by name or NIP and filtered by status or overdue.
 * The stored atasan and Tim Kinerja membership pre-select the rows; `assessorRoleOn` confirms
 * each (a Plt sees their teachers only while their Plt assignment runs), so a page may hold
 * fewer rows than `limit` and still have a next page. The counts per status and phase are over
 * the same pre-selection (the stored atasan is re-derived by the same rule on every assignment
 * change and hourly).
 */
export async function planningQueue(db: Db, actor: SessionActor, now: Date, page: QueuePage) {
  const after = decodeCursor(page.cursor, 3) as [number, string, string] | null;
  if (after && typeof after[0] !== "number") throw new AppError("VALIDATION", "error.badCursor");
  const [result] = await queueStatement(db).execute({
    actor: actor.personId,
    now: now.toISOString(),
    pattern: containsPattern(page.q),
    filter: page.filter,
    track: page.track ?? null,
    afterRank: after?.[0] ?? null,
    afterName: after?.[1] ?? null,
    afterId: after?.[2] ?? null,
    limit: page.limit + 1,
  });
  const { rows, groups, facts } = result?.answer ?? { rows: [], groups: [], facts: [] };
  const examined = rows.slice(0, page.limit);
  // The cursor is the last row examined, shown or not: no row is skipped or repeated.
  const last = examined.at(-1);
  const names = new Map(facts.flatMap((f) => (f.name ? [[f.personId, f.name] as const] : [])));
  const items = examined.flatMap((r) => {
    const subject = { personId: r.personId, track: r.track, districtId: r.districtId, schoolId: r.schoolId };
    const today = dateInZone(now, r.timeZone);
    const as = assessorRoleOn(actor.personId, subject, facts, today);
    if (!as) return [];
    // Who observes and rates them: the Tim Kinerja of a KS or pengawas (a guru's KS needs no naming).
    const members = r.track === "guru" ? [] : superiorOn(subject, facts, today).assessorIds;
    return [
      {
        cycleId: r.id,
        personId: r.personId,
        periodId: r.periodId,
        periodName: r.periodName,
        planId: r.planId,
        name: r.name,
        nip: r.nip,
        track: r.track,
        schoolName: r.schoolName,
        phase: r.phase,
        status: r.status,
        submittedAt: r.submittedAt,
        overdue: r.overdue,
        pendingReopen: r.pendingReopen,
        practice: practiceOf(r, now, as === "tim_kinerja"),
        as,
        timKinerja: members.map((id) => names.get(id) ?? ""),
        recommendation: r.recommendation && {
          status: r.recommendation.status,
          hasilKerja: r.recommendation.hasilKerja,
          perilaku: r.recommendation.perilaku,
          predikat:
            r.recommendation.hasilKerja && r.recommendation.perilaku
              ? predikatOf(r.recommendation.hasilKerja, r.recommendation.perilaku)
              : null,
        },
      },
    ];
  });
  const counts: Record<QueueStatus, number> = {
    not_started: 0,
    draft: 0,
    submitted: 0,
    returned: 0,
    approved: 0,
    agreed: 0,
  };
  const byPhase: Partial<Record<Phase, number>> = {};
  let overdueCount = 0;
  let total = 0;
  for (const g of groups) {
    counts[g.status] += g.n;
    byPhase[g.phase] = (byPhase[g.phase] ?? 0) + g.n;
    overdueCount += g.overdue;
    total += g.matching;
  }
  return {
    counts,
    byPhase,
    overdue: overdueCount,
    total,
    items,
    nextCursor: rows.length > page.limit && last ? encodeCursor([last.rank, last.name, last.id]) : null,
  };
}

/** Where an agreed plan's practice stands: the current stage and who acts on it (`practiceSummary`). */
function practiceOf(r: Row, now: Date, timKinerja: boolean) {
  if (r.status !== "agreed") return null;
  return practiceSummary(
    {
      track: r.track,
      planStatus: "agreed",
      window: { opensOn: r.executionOpensOn, closesOn: r.executionClosesOn },
      assessmentWindow: { opensOn: r.assessmentOpensOn, closesOn: r.assessmentClosesOn },
      today: dateInZone(now, r.timeZone),
      documents: r.documents ?? {},
    },
    r.observationMode,
    timKinerja,
  );
}
