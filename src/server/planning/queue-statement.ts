import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { preparedOn } from "../../db/prepared.js";
import {
  assignments,
  cycles,
  districts,
  documents,
  people,
  periods,
  queueEntries,
  reopenRequests,
  windowExtensions,
} from "../../db/schema.js";
import { textRowSql } from "../../db/text-rows.js";
import { PHASES, type Phase } from "../../domain/cycles/phase.js";
import { FACT_COLUMNS, PERIOD_COLUMNS, type QueueStatus, ROW_COLUMNS } from "./queue-row.js";

// The planning queue's one statement (`planningQueue` in queue.ts maps its answer; queue-row.ts its rows).

type Group = { status: QueueStatus; phase: Phase; n: number; overdue: number; matching: number };
/** Rows, periods and facts as arrays of texts (`textRowSql`): queue-row.ts reads them. */
type Sent = (string | null)[][];
export type Answer = { rows: Sent; periods: Sent; groups: Group[]; facts: Sent; rare: boolean };

/**
 * What a queue request uses besides the viewer and the date: a search, a cursor, a track, a status
 * filter (not "all"), and the page size. Each shape is its own statement: what it does not use is
 * a constant null in its text, so PostgreSQL drops those branches when planning instead of
 * setting them up on every run (the full statement's plan cost a fifth of its run to start).
 */
export type QueueShape = {
  search: boolean;
  cursor: boolean;
  track: boolean;
  filter: boolean;
  limit: number;
  /**
   * With the branches for the rare rows (`pending`, `covered`, `few`, `covered_counted`). PostgreSQL sets up
   * every node of a plan on every run, used or not: the statement without them (`rare: false`) says
   * whether they would have found anything (`Answer.rare`), and `planningQueue` runs the full one only then.
   */
  rare: boolean;
};

/**
 * The whole queue page in one prepared statement: the page, the counts per status and phase, and
 * the assignments `assessorRoleOn` needs to confirm each row (with the Tim Kinerja named for the page's people). The search, the filter and the
 * cursor are parameters of the statement of their shape (`QueueShape`), so its text never changes
 * and PostgreSQL plans it once per connection; Drizzle builds it once per process.
 *
 * `overdue` is `effectiveClose` (src/domain/planning/window.ts) on the district's date:
 * unfinished after the latest of the period's planning close and every extension covering the
 * person. The stored atasan and Tim Kinerja membership pre-select the rows (`queue_entries`).
 *
 * Ranked without reading the whole queue: a Kepala Dinas or a Tim Kinerja member holds every KS
 * and pengawas of the district (3,668 at 100,000 people). Within one period and one plan status
 * every entry has the same rank (overdue or not: the period's close, judged once), except a few
 * read apart (`few`: a pending reopen request, an extension past the close). So each (period,
 * status) walks `queue_entries_walk_idx` in name order and stops at the page (`walked`), and the
 * page is the first `limit` of those walks. The counts are one pass over the viewer's entries in
 * that index (index-only, grouped in its order); only a search looks each person up.
 */
export const queueStatement = (db: Db, shape: QueueShape) => {
  const name = `planning_queue_${[shape.search, shape.cursor, shape.track, shape.filter, shape.rare].map(Number).join("")}_${shape.limit}`;
  return preparedOn(db, name, () =>
    db
      .select({ answer: queueAnswer(shape, (param) => sql`${param("actor")}::uuid`) })
      .from(sql`(select 1) as one`)
      .prepare(name),
  );
};

/** The answer's expression for `shape`; `viewer` is whose queue (a parameter, or the session's person). */
export function queueAnswer(shape: QueueShape, viewer: (param: (p: string) => unknown) => SQL) {
  const used: Record<string, boolean> = {
    pattern: shape.search,
    afterRank: shape.cursor,
    afterName: shape.cursor,
    afterId: shape.cursor,
    track: shape.track,
  };
  const param = (p: string) => (used[p] === false ? sql`null` : sql.placeholder(p));
  const filter = shape.filter ? sql`${param("filter")}::text` : sql`'all'::text`;
  const pattern = sql`${param("pattern")}::text`;
  const afterRank = sql`${param("afterRank")}::int`;
  const track = sql`${param("track")}::text`;
  // Tables by alias: Drizzle writes a column object unqualified in a query without a table.
  // The page's other columns (the plan, NIP, windows, school, documents) are looked up for its rows alone.
  const actor = viewer(param);
  const after = sql`${afterRank} is null`;
  const trackIs = (q: string) =>
    sql`(${track} is null or ${sql.raw(q)}.track::text = ${track} or (${track} = 'leaders' and ${sql.raw(q)}.track <> 'guru'))`;
  const searched = (q: string) => sql`(${pattern} is null or exists (select 1 from ${people} x
      where x.id = ${sql.raw(q)}.person_id and x.search_key like lower(${pattern})))`;
  // One count column per phase (PHASES are plain words), unpivoted to rows after grouping.
  const phaseCounts = sql.join(
    PHASES.map((p) => sql.raw(`count(*) filter (where q.phase = '${p}') as ${p}`)),
    sql`, `,
  );
  const phaseValues = sql.join(
    PHASES.map((p) => sql.raw(`('${p}', c.${p})`)),
    sql`, `,
  );
  const rowValues = sql.raw(textRowSql(ROW_COLUMNS));
  const periodValues = sql.raw(textRowSql(PERIOD_COLUMNS));
  const factValues = sql.raw(textRowSql(FACT_COLUMNS));
  const pageSize = sql.raw(String(Math.trunc(shape.limit)));
  // The rare rows' branches, only in the statement that has them (`QueueShape.rare`).
  const rare = (full: SQL, lean: SQL = sql``) => (shape.rare ? full : lean);
  const columns = sql`q.cycle_id as id, q.person_id, q.period_id, q.track, q.school_id, q.phase, q.name, q.plan_status as status`;
  // The NIP and the school's name ride in the walk index (migration 0031): no lookup per row of the page.
  const answer = sql<Answer>`(with recursive viewer_periods as (
        -- The viewer's periods: one probe of the primary key each, not a read of every entry.
        (select q.period_id from ${queueEntries} q where q.viewer_id = ${actor} order by q.period_id limit 1)
        union all
        select (select q.period_id from ${queueEntries} q where q.viewer_id = ${actor} and q.period_id > v.period_id
          order by q.period_id limit 1)
        from viewer_periods v where v.period_id is not null
      ), windows as materialized (
        -- Per period: its date, and whether its planning closed for everyone (a district extension
        -- counts; a school's or a person's makes its people \`covered\`). With what the answer's rows
        -- of the period share (\`periods\`), its later windows' closes with district extensions.
        select p.id, t.today, t.today > greatest(p.planning_closes_on, (select max(we.closes_on) from ${windowExtensions} we
            where we.period_id = p.id and we.phase = 'perencanaan' and we.scope = 'district')) as past_close,
          p.name, p.district_id, d.time_zone, p.execution_opens_on, p.assessment_opens_on,
          greatest(p.execution_closes_on, (select max(we.closes_on) from ${windowExtensions} we
            where we.period_id = p.id and we.phase = 'pelaksanaan' and we.scope = 'district')) as execution_closes_on,
          greatest(p.assessment_closes_on, (select max(we.closes_on) from ${windowExtensions} we
            where we.period_id = p.id and we.phase = 'penilaian' and we.scope = 'district')) as assessment_closes_on
        from ${periods} p
          join ${districts} d on d.id = p.district_id
          cross join lateral (select (${param("now")}::timestamptz at time zone d.time_zone)::date as today) t
        where p.id = any(array(select v.period_id from viewer_periods v where v.period_id is not null))
      ), pending as materialized (
        -- A reopen can be requested of an approved or agreed plan only; the viewer's pending ones are few.
        select x.cycle_id as id from ${reopenRequests} rr
          join ${documents} x on x.id = rr.document_id and x.kind = 'plan'
          join ${cycles} c on c.id = x.cycle_id
        where rr.status = 'pending'
          and exists (select 1 from ${queueEntries} e where e.viewer_id = ${actor} and e.period_id = c.period_id and e.cycle_id = c.id)
      )${rare(sql`, covered as materialized (
        -- Past their period's close but given time by their school's or their own extension: few.
        select c.id from windows w
          join ${windowExtensions} we on we.period_id = w.id and we.phase = 'perencanaan' and we.closes_on >= w.today
            and we.scope = 'school'
          join ${cycles} c on c.school_id = we.school_id and c.period_id = w.id
        where w.past_close
        union
        select c.id from windows w
          join ${windowExtensions} we on we.period_id = w.id and we.phase = 'perencanaan' and we.closes_on >= w.today
            and we.scope = 'person'
          join ${cycles} c on c.person_id = we.person_id and c.period_id = w.id
        where w.past_close
      )`)}, walked as materialized (
        -- Each rank of each period walks its entries in name order and stops at the page. Within a
        -- period and status every row has the same rank except the few above, read apart below.
        -- The walks run in rank order and stop once P pages are walked (P periods): a row of the
        -- page has before it only rows ahead of it and other periods' walks of its rank (at most a
        -- page each), so it is among them. A Kepala Dinas's first page walks 51 entries, not 255.
        select e.* from (
            select w.id, w.past_close, b.status, b.srank, k.rank from windows w
              cross join (values ('submitted', 0), ('returned', 1), ('draft', 2), ('not_started', 3), ('approved', 4),
                ('agreed', 5)) b(status, srank)
              cross join lateral (select b.srank * 2 + (case when b.srank < 4 and w.past_close then 0 else 1 end) as rank) k
            where (${filter} = 'all' or b.status = ${filter} or (${filter} = 'overdue' and k.rank % 2 = 0))
              and (${after} or k.rank >= ${afterRank})
            order by k.rank, w.id
          ) g
          cross join lateral (select g.rank, ${columns}, g.rank % 2 = 0 as overdue, false as pending_reopen,
              q.nip, q.school_name, q.plan_id as entry_plan_id, q.plan_submitted_at as entry_submitted_at
            from ${queueEntries} q
            where q.viewer_id = ${actor} and q.plan_status = g.status and q.period_id = g.id
              and ${trackIs("q")} and ${searched("q")}
              ${rare(sql`and not (g.srank >= 4 and q.cycle_id = any(array(select id from pending)))
              and not (g.rank % 2 = 0 and q.cycle_id = any(array(select id from covered)))`)}
              and (${after} or g.rank > ${afterRank} or (q.name, q.cycle_id) > (${param("afterName")}::text, ${param("afterId")}::uuid))
            order by q.name, q.cycle_id
            limit ${pageSize}) e
        limit ${pageSize} * (select count(*) from windows)
      )${rare(sql`, few as materialized (
        -- A plan with a pending reopen request ranks with the submitted ones; one given time is not overdue.
        -- Read from the cycle, held by the viewer if their entry exists (a probe of the primary key:
        -- a join would walk the viewer's entries for each).
        select k.rank, c.id, c.person_id, c.period_id, c.track, c.school_id, c.phase, c.person_name as name,
          c.plan_status as status, false as overdue, f.pending as pending_reopen, c.person_nip as nip, c.school_name,
          c.plan_id as entry_plan_id, c.plan_submitted_at as entry_submitted_at
        from (select id, true as pending from pending union all select id, false from covered) f
          join ${cycles} c on c.id = f.id
          cross join lateral (select case when f.pending then 1 else (case c.plan_status when 'submitted' then 0
            when 'returned' then 1 when 'draft' then 2 else 3 end) * 2 + 1 end as rank) k
        where (case when f.pending then c.plan_status in ('approved', 'agreed')
            else c.plan_status in ('not_started', 'draft', 'returned', 'submitted') end)
          and exists (select 1 from ${queueEntries} q where q.viewer_id = ${actor} and q.period_id = c.period_id and q.cycle_id = c.id)
          and ${trackIs("c")} and ${searched("c")}
          and (${filter} = 'all' or c.plan_status = ${filter})
          and (${after} or (k.rank, c.person_name, c.id) > (${afterRank}, ${param("afterName")}::text, ${param("afterId")}::uuid))
      )`)}, counted as (
        -- The counts: one pass over the viewer's entries in the walk index's order (no table row, no
        -- lookup, no sort), the phases as columns.
        select c.status, f.phase, c.period_id, f.n from (
            select q.plan_status as status, q.period_id, ${phaseCounts}
            from ${queueEntries} q where q.viewer_id = ${actor} and ${trackIs("q")}
            group by q.plan_status, q.period_id) c
          cross join lateral (values ${phaseValues}) f(phase, n)
        where f.n > 0
      )${rare(sql`, covered_counted as (
        select q.plan_status as status, q.phase, q.period_id, count(*)::int as n
        from (select id from covered) f
          join ${cycles} q on q.id = f.id
        where exists (select 1 from ${queueEntries} e where e.viewer_id = ${actor} and e.period_id = q.period_id and e.cycle_id = q.id)
          and ${trackIs("q")}
        group by 1, 2, 3
      )`)}, judged as (
        select k.status, k.phase, k.n,
          case when k.status in ('not_started', 'draft', 'returned', 'submitted') and w.past_close
            then k.n${rare(sql` - coalesce((select cc.n from covered_counted cc where (cc.status, cc.phase, cc.period_id)
              = (k.status, k.phase, k.period_id)), 0)`)} else 0 end as overdue
        from counted k join windows w on w.id = k.period_id
      ), searched_rows as (
        -- Only when searching: what the search matches, each row judged (its person looked up).
        select q.plan_status as status, q.phase, q.plan_status in ('not_started', 'draft', 'returned', 'submitted')
            and w.past_close${rare(sql` and not (q.cycle_id = any(array(select id from covered)))`)} as overdue
        from ${queueEntries} q join windows w on w.id = q.period_id
        where ${pattern} is not null and q.viewer_id = ${actor} and ${trackIs("q")} and ${searched("q")}
      ), own_extensions as materialized (
        -- A school's or a person's extension of the later windows: few, read once (a probe of the
        -- table per row rescanned it, a system call each time).
        select we.period_id, we.phase, we.scope, we.school_id, we.person_id, we.closes_on from ${windowExtensions} we
        where we.period_id = any(array(select w.id from windows w)) and we.phase in ('pelaksanaan', 'penilaian')
          and we.scope <> 'district'
      ), page as (
        -- The row's own closes only where its school's or its own extension runs later than the period's.
        -- The plan's id and submission ride on the entry (kept with the cycle, migration 0033).
        select r.*, coalesce(r.entry_plan_id, dd.plan_id) as plan_id,
          to_char((case when r.entry_plan_id is null then dd.plan_submitted_at else r.entry_submitted_at end)
            at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as submitted_at,
          dd.docs, dd.observation_mode, dd.recommendation,
          (select max(e.closes_on) from own_extensions e where e.period_id = r.period_id and e.phase = 'pelaksanaan'
            and ((e.scope = 'school' and e.school_id = r.school_id) or (e.scope = 'person' and e.person_id = r.person_id)))
            as execution_closes_on,
          (select max(e.closes_on) from own_extensions e where e.period_id = r.period_id and e.phase = 'penilaian'
            and ((e.scope = 'school' and e.school_id = r.school_id) or (e.scope = 'person' and e.person_id = r.person_id)))
            as assessment_closes_on
        from (select * from (select * from walked${rare(sql` union all select * from few`)}) u
          order by u.rank, u.name, u.id
          limit ${pageSize}) r
          -- The cycle's documents in one walk of documents_cycle_kind_idx (was four probes per row), only
          -- past planning (the practice documents) or for a cycle whose plan is not on its entry.
          left join lateral (select
              (array_agg(x.id) filter (where x.kind = 'plan'))[1] as plan_id,
              (array_agg(x.submitted_at) filter (where x.kind = 'plan'))[1] as plan_submitted_at,
              json_object_agg(x.kind, x.status) filter (where x.kind <> 'plan') as docs,
              (array_agg(x.content->>'observationMode') filter (where x.kind = 'persiapan'))[1] as observation_mode,
              (array_agg(json_build_object('status', x.status,
                  'hasilKerja', case when x.status = 'submitted' then x.content->>'hasilKerja' end,
                  'perilaku', case when x.status = 'submitted' then x.content->>'perilaku' end))
                filter (where x.kind = 'rekomendasi'))[1] as recommendation
            from ${documents} x where x.cycle_id = r.id and (r.phase <> 'perencanaan' or r.entry_plan_id is null)) dd on true
      )
      select json_build_object(
        'rows', coalesce((select json_agg(${rowValues} order by p.rank, p.name, p.id) from page p), '[]'::json),
        'periods', coalesce((select json_agg(${periodValues}) from windows w
          where w.id = any(array(select p.period_id from page p))), '[]'::json),
        'groups', coalesce((select json_agg(g) from (
            select j.status, j.phase, sum(j.n)::int as n, sum(j.overdue)::int as overdue,
              (case when ${pattern} is null then sum(case when ${filter} = 'all' or j.status = ${filter} then j.n
                  when ${filter} = 'overdue' then j.overdue else 0 end)
                else (select count(*) from searched_rows x where x.status = j.status and x.phase = j.phase
                  and (${filter} = 'all' or x.status = ${filter} or (${filter} = 'overdue' and x.overdue))) end)::int as matching
            from judged j group by j.status, j.phase) g), '[]'::json),
        'facts', coalesce((select json_agg(${factValues})
          from ${assignments} a
          where a.district_id = any(array(select distinct w.district_id from windows w
              where w.id = any(array(select p.period_id from page p))))
            and (a.kind in ('head_of_district', 'tim_kinerja')
              or (a.kind = 'principal' and a.school_id = any(array(select p.school_id from page p where p.track = 'guru'))))),
          '[]'::json),
        -- Without the rare rows' branches: whether they would have found any (a superset: a pending
        -- request of the viewer's, or a school's or person's extension of a planning window closed).
        'rare', ${rare(
          sql`false`,
          sql`exists (select 1 from pending) or exists (select 1 from windows w join ${windowExtensions} we
            on we.period_id = w.id and we.phase = 'perencanaan' and we.scope <> 'district' and we.closes_on >= w.today
            where w.past_close)`,
        )}))`;
  return answer;
}
