import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { preparedOn } from "../../db/prepared.js";
import { assignments, districts, schools } from "../../db/schema.js";
import { ASSIGNMENT_KINDS, type AssignmentKind } from "../../domain/org/types.js";
import { SEARCH_INSIDE_MIN } from "../../domain/validation/vocabulary.js";
import { SEARCH_COUNT_CAP } from "../core/capped-count.js";
import { afterPlaceholders, decodeSearchCursor, encodeCursor, personOrSchoolSearch } from "../core/cursor.js";
import { TERM_PLACEHOLDERS, termValues, wordSearch } from "../core/word-search.js";
import { type AssignmentsPage, dtoOf, hatsWhereOf, LIST_COLUMNS, totalOf } from "./assignments-page.js";

// The district's assignments list with a search box (Admin → Penugasan): a page and its counts per kind.

/**
 * A page of the district's assignments matching the search box: `personOrSchoolSearch`'s groups, in
 * their order; the counts per kind beside it (each to `SEARCH_COUNT_CAP`).
 */
export async function searchDistrictAssignments(
  db: Db,
  districtId: string,
  now: Date,
  page: AssignmentsPage & { q: string },
) {
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

const ASSIGNMENT_ROWS = {
  table: assignments,
  id: assignments.id,
  personId: assignments.personId,
  schoolId: assignments.schoolId,
};

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
