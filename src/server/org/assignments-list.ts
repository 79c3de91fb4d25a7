import { and, eq, gte, type SQL, sql } from "drizzle-orm";
import type { Db, Queryable } from "../../db/client.js";
import { limitInText, preparedOn } from "../../db/prepared.js";
import { assignments, assignmentTallies, districts, schools } from "../../db/schema.js";
import type { AssignmentKind } from "../../domain/org/types.js";
import { authorize } from "../core/authorize.js";
import { districtTodaySql } from "../core/clock.js";
import { decodeCursor, encodeCursor } from "../core/cursor.js";
import type { SessionActor } from "../core/session.js";
import { type AssignmentsPage, dtoOf, hatsWhere, LIST_COLUMNS, totalOf } from "./assignments-page.js";
import { searchDistrictAssignments } from "./assignments-search.js";

// The district's assignments list (Admin → Penugasan): a page in name order or searched, with counts per kind.

export type { AssignmentsPage } from "./assignments-page.js";

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
  return page.q
    ? searchDistrictAssignments(db, districtId, now, { ...page, q: page.q })
    : plainList(db, districtId, now, page);
}

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
