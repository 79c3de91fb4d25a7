import { and, eq, gte, isNull, or, type SQL, sql } from "drizzle-orm";
import type { Db, Queryable } from "../../db/client.js";
import { limitInText, preparedOn } from "../../db/prepared.js";
import { assignments, assignmentTallies, districts, schools } from "../../db/schema.js";
import { ASSIGNMENT_KINDS, type AssignmentKind } from "../../domain/org/types.js";
import { SEARCH_INSIDE_MIN } from "../../domain/validation/vocabulary.js";
import { authorize } from "../core/authorize.js";
import { SEARCH_COUNT_CAP } from "../core/capped-count.js";
import { districtTodaySql } from "../core/clock.js";
import {
  afterPlaceholders,
  decodeCursor,
  decodeSearchCursor,
  encodeCursor,
  personOrSchoolSearch,
} from "../core/cursor.js";
import type { SessionActor } from "../core/session.js";
import { TERM_PLACEHOLDERS, termValues, wordSearch } from "../core/word-search.js";
import { type AssignmentRow, assignmentDto } from "./assignments.js";

// The district's assignments list (Admin → Penugasan): a page in name order or searched, with counts per kind.

export type AssignmentsPage = {
  q?: string | undefined;
  kind?: AssignmentKind | undefined;
  schoolId?: string | undefined;
  /** `current`: not ended by the district's today (future ones included); `all`: ended ones too. */
  state: "current" | "all";
  cursor?: string | undefined;
  limit: number;
};

/**
 * One page of the district's assignments in (person name, id) order, searched by name, NIP or
 * school, filtered by kind and school; `total` and `byKind` count every match (one GROUP BY).
 */
export async function listDistrictAssignments(
  db: Db,
  actor: SessionActor,
  districtId: string,
  now: Date,
  page: AssignmentsPage,
) {
  authorize(actor, { do: "district.manage", districtId });
  if (!page.q) return plainList(db, districtId, now, page);
  // The search box: `personOrSchoolSearch`'s groups, in their order; the counts per kind beside it.
  const after = decodeSearchCursor(page.cursor);
  const shape = {
    school: page.schoolId !== undefined,
    current: page.state === "current",
    kind: page.kind !== undefined,
    group: after?.group ?? null,
    limit: page.limit,
  };
  const values = {
    districtId,
    now: now.toISOString(),
    schoolId: page.schoolId ?? null,
    kind: page.kind ?? null,
    ...termValues(page.q),
    afterKey: after?.key ?? null,
    afterId: after?.id ?? null,
  };
  // Counts per kind ignore the kind filter: the page shows them on the kind picker.
  const [rows, sent] = await Promise.all([
    searchStatement(db, shape).execute(values),
    searchCountsStatement(db, shape).execute(values),
  ]);
  const counts = sent
    .filter((r) => r.n > 0)
    .map((r) => ({ kind: r.kind, n: Math.min(r.n, SEARCH_COUNT_CAP), capped: r.many || r.n > SEARCH_COUNT_CAP }));
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  // A search's counts stop at the cap: such a kind says "100+" (`cappedKinds`).
  const cappedKinds = counts.filter((c) => c.capped).map((c) => c.kind);
  const byKind = Object.fromEntries(counts.map((c) => [c.kind, c.n])) as Partial<Record<AssignmentKind, number>>;
  return {
    assignments: shown.map(dtoOf),
    nextCursor: rows.length > page.limit && last ? encodeCursor([last.g, last.k, last.id]) : null,
    total: totalOf(byKind, page.kind),
    totalCapped: page.kind ? cappedKinds.includes(page.kind) : cappedKinds.length > 0,
    byKind,
    cappedKinds,
  };
}

/** What a list row shows: the hat, its kept person's name (migration 0027) and its school's name. */
const LIST_COLUMNS = {
  id: assignments.id,
  personId: assignments.personId,
  personName: assignments.personName,
  kind: assignments.kind,
  districtId: assignments.districtId,
  schoolId: assignments.schoolId,
  schoolName: schools.name,
  acting: assignments.acting,
  startsOn: assignments.startsOn,
  endsOn: assignments.endsOn,
};

type ListRow = Pick<
  AssignmentRow,
  "id" | "personId" | "kind" | "districtId" | "schoolId" | "acting" | "startsOn" | "endsOn"
> & {
  personName: string;
  schoolName: string | null;
};

const dtoOf = (r: ListRow) => assignmentDto(r, r.personName, r.schoolName);

const totalOf = (byKind: Partial<Record<AssignmentKind, number>>, kind: AssignmentKind | undefined) =>
  kind ? (byKind[kind] ?? 0) : Object.values(byKind).reduce((sum, n) => sum + n, 0);

/**
 * The list without a search box: one prepared statement per shape (which filters are set, a cursor,
 * the page size), built once (building it with Drizzle on every request was most of the route's Node
 * time). The counts per kind ride in it (an init plan, read once): from the tallies (migration 0018),
 * or for one school one GROUP BY over its hats. A page without rows asks for them apart (rare).
 */
async function plainList(db: Db, districtId: string, now: Date, page: AssignmentsPage) {
  const after = decodeCursor(page.cursor, 2) as [string, string] | null;
  const shape = {
    school: page.schoolId !== undefined,
    current: page.state === "current",
    kind: page.kind !== undefined,
    cursor: after !== null,
  };
  const rows = await plainListStatement(db, shape, page.limit).execute({
    districtId,
    now: now.toISOString(),
    schoolId: page.schoolId ?? null,
    kind: page.kind ?? null,
    afterName: after?.[0] ?? null,
    afterId: after?.[1] ?? null,
  });
  const counts: { kind: AssignmentKind; n: number }[] = rows[0]
    ? JSON.parse(rows[0].counts)
    : await (page.schoolId
        ? countsByKind(db, hatsWhere(districtId, now, page.schoolId, shape.current))
        : talliedByKind(db, districtId, shape.current ? districtTodaySql(districtId, now) : null));
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  const byKind = Object.fromEntries(counts.map((c) => [c.kind, c.n])) as Partial<Record<AssignmentKind, number>>;
  return {
    assignments: shown.map(dtoOf),
    nextCursor: rows.length > page.limit && last ? encodeCursor([last.personName, last.id]) : null,
    total: totalOf(byKind, page.kind),
    totalCapped: false,
    byKind,
    cappedKinds: [] as AssignmentKind[],
  };
}

/**
 * The district's hats a list or its counts see: of one school, current on the district's date (an
 * init plan, not a statement of its own first). The kind filter and the cursor are the page's only.
 * As SQL, so that a statement built once per shape gives placeholders (`hatsWhereOf`).
 */
const hatsWhereOf = (district: SQL, today: SQL, school: SQL | null, current: boolean) =>
  and(
    sql`${assignments.districtId} = ${district}`,
    school ? sql`${assignments.schoolId} = ${school}` : undefined,
    current ? or(isNull(assignments.endsOn), gte(assignments.endsOn, today)) : undefined,
  );

const hatsWhere = (districtId: string, now: Date, schoolId: string | undefined, current: boolean) =>
  hatsWhereOf(
    sql`${districtId}::uuid`,
    districtTodaySql(districtId, now),
    schoolId ? sql`${schoolId}::uuid` : null,
    current,
  );

type SearchShape = { school: boolean; current: boolean; kind: boolean; group: 0 | 1 | null; limit: number };

/** The search's filters as placeholders (`values` in `listDistrictAssignments` fills them). */
function searchWhere(shape: SearchShape) {
  const p = sql.placeholder;
  const district = sql`${p("districtId")}::uuid`;
  const today = sql`(select (${p("now")}::timestamptz at time zone d.time_zone)::date from ${districts} d
    where d.id = ${district})`;
  return {
    district,
    where: hatsWhereOf(district, today, shape.school ? sql`${p("schoolId")}::uuid` : null, shape.current),
  };
}

const shapeName = (prefix: string, shape: SearchShape) =>
  `${prefix}_${[shape.school, shape.current, shape.kind].map(Number).join("")}_${shape.group ?? "first"}_${shape.limit}`;

/**
 * The searched page's statement for one shape (which filters, which cursor group, the page size),
 * built once and prepared with a generic plan (`personOrSchoolSearch`): built with Drizzle on every
 * request it had cost 2.2 ms of Node time, more than the database's.
 */
function searchStatement(db: Db, shape: SearchShape) {
  const name = shapeName("assignments_search", shape);
  return preparedOn(db, name, () => {
    const { district, where } = searchWhere(shape);
    const ofKind = shape.kind ? sql`${assignments.kind} = ${sql.placeholder("kind")}::assignment_kind` : undefined;
    const take = shape.limit + 1;
    const search = personOrSchoolSearch(
      ASSIGNMENT_ROWS,
      and(where, ofKind),
      TERM_PLACEHOLDERS,
      shape.group === null ? null : afterPlaceholders(shape.group),
      take,
      district,
    );
    return db
      .select({ ...LIST_COLUMNS, g: sql<number>`s.g`, k: sql<string>`s.k` })
      .from(assignments)
      .leftJoin(schools, eq(schools.id, assignments.schoolId))
      .innerJoin(sql`${search.ordered}`, sql`s.id = ${assignments.id}`)
      .orderBy(sql`s.g`, sql`s.pos`)
      .limit(take)
      .prepare(name);
  });
}

type PlainShape = { school: boolean; current: boolean; kind: boolean; cursor: boolean };

function plainListStatement(db: Db, shape: PlainShape, limit: number) {
  const name = `assignments_list_${[shape.school, shape.current, shape.kind, shape.cursor].map(Number).join("")}_${limit}`;
  return preparedOn(db, name, () => {
    const p = sql.placeholder;
    const district = sql`${p("districtId")}::uuid`;
    const today = sql`(select (${p("now")}::timestamptz at time zone d.time_zone)::date from ${districts} d
      where d.id = ${district})`;
    // The hats the counts see: the kind filter and the cursor are the page's only.
    const base = (a: string) =>
      sql.join(
        [
          sql`${sql.raw(a)}.district_id = ${district}`,
          shape.school ? sql`${sql.raw(a)}.school_id = ${p("schoolId")}::uuid` : sql`true`,
          shape.current ? sql`(${sql.raw(a)}.ends_on is null or ${sql.raw(a)}.ends_on >= ${today})` : sql`true`,
        ],
        sql` and `,
      );
    const counts = shape.school
      ? sql`select x.kind::text as kind, count(*)::int as n from ${assignments} x where ${base("x")} group by x.kind`
      : sql`select t.kind::text as kind, sum(t.n)::int as n from ${assignmentTallies} t
          where t.district_id = ${district} and ${shape.current ? sql`t.ends_on >= ${today}` : sql`true`}
          group by t.kind having sum(t.n) > 0`;
    return (
      db
        .select({
          ...LIST_COLUMNS,
          // As text: every row carries it, only the first is parsed.
          counts: sql<string>`(select coalesce(json_agg(json_build_object('kind', c.kind, 'n', c.n)), '[]'::json)
          from (${counts}) c)::text`,
        })
        .from(assignments)
        .leftJoin(schools, eq(schools.id, assignments.schoolId))
        .where(
          and(
            base('"assignments"'),
            shape.kind ? sql`${assignments.kind} = ${p("kind")}::assignment_kind` : undefined,
            shape.cursor
              ? sql`(${assignments.personName}, ${assignments.id}) > (${p("afterName")}::text, ${p("afterId")}::uuid)`
              : undefined,
          ),
        )
        // The name the row keeps (`assignments_district_name_idx`): the district's own rows in page order.
        .orderBy(assignments.personName, assignments.id)
        .limit(limitInText(limit + 1))
        .prepare(name)
    );
  });
}

const ASSIGNMENT_ROWS = {
  table: assignments,
  id: assignments.id,
  personId: assignments.personId,
  schoolId: assignments.schoolId,
};

/**
 * The district's assignments per kind, current on `today` or all (`null`), from the trigger-kept
 * tallies (migration 0018): a few rows per kind whatever the district's size.
 */
function talliedByKind(db: Queryable, districtId: string, today: SQL | null) {
  return db
    .select({ kind: assignmentTallies.kind, n: sql<number>`sum(${assignmentTallies.n})::int` })
    .from(assignmentTallies)
    .where(and(eq(assignmentTallies.districtId, districtId), today ? gte(assignmentTallies.endsOn, today) : undefined))
    .groupBy(assignmentTallies.kind)
    .having(sql`sum(${assignmentTallies.n}) > 0`);
}

/** How many of the district's assignments of each kind match one school: exact, one GROUP BY over its hats. */
function countsByKind(db: Queryable, where: SQL | undefined): Promise<{ kind: AssignmentKind; n: number }[]> {
  return db
    .select({ kind: assignments.kind, n: sql<number>`count(*)::int` })
    .from(assignments)
    .where(where)
    .groupBy(assignments.kind);
}

/**
 * How many of the district's assignments of each kind match a search, for one shape (the kind filter
 * aside: the counts ignore it), built once and prepared: each kind counted to `SEARCH_COUNT_CAP`, as
 * every search box ("100+"; `many` or a count past the cap make it a lower bound). Exact, a word most
 * schools share ("SD") counted every hat at them: 70,000 at 100,000 people, 100 ms.
 *
 * The matching people (word starts, then substrings: the district's own rows), up to
 * `MATCHED_PEOPLE_CAP` (past it every kind's count is a lower bound), and their hats; the district's
 * schools containing the term (as the page's school branch). Then each kind: its hats among those
 * and its hats at those schools (assignments_district_kind_idx), to the cap.
 */
function searchCountsStatement(db: Db, shape: SearchShape) {
  const name = shapeName("assignments_search_counts", { ...shape, kind: false, group: null, limit: 0 });
  return preparedOn(db, name, () => {
    const { district, where } = searchWhere(shape);
    const term = TERM_PLACEHOLDERS;
    const kinds = sql.join(
      ASSIGNMENT_KINDS.map((k) => sql`(${k})`),
      sql`, `,
    );
    const cap = sql.raw(String(SEARCH_COUNT_CAP + 1));
    const kindIs = sql`${assignments.kind} = k.kind::assignment_kind`;
    const inside = sql.raw(String(SEARCH_INSIDE_MIN));
    const counted = sql`(with h as materialized (select x.person_id from (${wordSearch(term).hits(district)}) x
          limit ${sql.raw(String(MATCHED_PEOPLE_CAP + 1))}),
        ph as materialized (select r.id, r.kind from (select distinct person_id from h) p
          cross join lateral (select ${assignments.id} as id, ${assignments.kind}::text as kind from ${assignments}
            where ${and(sql`${assignments.personId} = p.person_id`, where)}) r),
        -- As the page's schools (\`personOrSchoolSearch\`): the GIN index on (district, trigrams) from
        -- three letters, strpos below (one-time filters: the generic plan holds both).
        sc as materialized (select s.id from ${schools} s
            where char_length(${term.q}) >= ${inside} and s.district_id = ${district} and s.search_key like ${term.contains}
          union all
          select s.id from ${schools} s
            where char_length(${term.q}) < ${inside} and s.district_id = ${district} and strpos(s.search_key, ${term.q}) > 0)
      select k.kind, (select count(*) > ${sql.raw(String(MATCHED_PEOPLE_CAP))} from h) as many,
        (select count(*)::int from (
          (select ph.id from ph where ph.kind = k.kind limit ${cap})
          union
          (select ${assignments.id} from ${assignments}
            where ${and(where, kindIs)} and ${assignments.schoolId} in (select id from sc) limit ${cap})
          limit ${cap}) m) as n
      from (values ${kinds}) k(kind)) c`;
    return db
      .select({ kind: sql<AssignmentKind>`c.kind`, many: sql<boolean>`c.many`, n: sql<number>`c.n` })
      .from(counted)
      .prepare(name);
  });
}

/**
 * How many matches a search's counts per kind read at most (`countsByKind`): a person found both by a
 * word start and inside a word counts twice, so the "+" can come a little early, never late.
 */
const MATCHED_PEOPLE_CAP = 1000;
