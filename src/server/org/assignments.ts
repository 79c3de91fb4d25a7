import { and, eq, gte, isNull, or, type SQL, sql } from "drizzle-orm";
import type { Db, Queryable } from "../../db/client.js";
import { limitInText } from "../../db/prepared.js";
import { assignments, assignmentTallies, people, schools } from "../../db/schema.js";
import { ASSIGNMENT_KINDS, type AssignmentKind, principalClash, SCHOOL_SCOPED_KINDS } from "../../domain/org/types.js";
import { writeAudit } from "../core/audit.js";
import { authorize } from "../core/authorize.js";
import { SEARCH_COUNT_CAP } from "../core/capped-count.js";
import { districtTodaySql } from "../core/clock.js";
import {
  containsPattern,
  decodeCursor,
  decodeSearchCursor,
  encodeCursor,
  personOrSchoolSearch,
} from "../core/cursor.js";
import { AppError, notFound } from "../core/errors.js";
import type { SessionActor } from "../core/session.js";
import { termValues, wordSearch } from "../core/word-search.js";
import { scopeOfAssignment } from "../periods/refresh-scope.js";
import { refreshSuperiors } from "../periods/refresh-superiors.js";
import { personFacts } from "./facts.js";
import { personById, schoolById } from "./queries.js";

type AssignmentRow = typeof assignments.$inferSelect;

function dto(a: AssignmentRow, personName: string, schoolName: string | null) {
  return {
    id: a.id,
    personId: a.personId,
    personName,
    kind: a.kind,
    districtId: a.districtId,
    schoolId: a.schoolId,
    schoolName,
    acting: a.acting,
    startsOn: a.startsOn,
    endsOn: a.endsOn,
  };
}

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
  // The district's date inside the statements (an init plan), not a statement of its own first.
  const today = districtTodaySql(districtId, now);
  const pattern = containsPattern(page.q);
  const where = and(
    eq(assignments.districtId, districtId),
    page.schoolId ? eq(assignments.schoolId, page.schoolId) : undefined,
    page.state === "current" ? or(isNull(assignments.endsOn), gte(assignments.endsOn, today)) : undefined,
  );
  const take = page.limit + 1;
  const ofKind = page.kind ? eq(assignments.kind, page.kind) : undefined;
  const selected = { a: assignments, personName: people.name, schoolName: schools.name };
  let pageRows: Promise<(Row & { g?: number; k?: string })[]>;
  let cursorOf: (r: Row & { g?: number; k?: string }) => (string | number)[];
  if (page.q) {
    // The search box: `personOrSchoolSearch`'s groups, in their order.
    const after = decodeSearchCursor(page.cursor);
    const search = personOrSchoolSearch(
      ASSIGNMENT_ROWS,
      and(where, ofKind),
      termValues(page.q),
      after,
      take,
      sql`${districtId}::uuid`,
    );
    pageRows = db
      .select({ ...selected, g: sql<number>`s.g`, k: sql<string>`s.k` })
      .from(assignments)
      .innerJoin(people, eq(people.id, assignments.personId))
      .leftJoin(schools, eq(schools.id, assignments.schoolId))
      .innerJoin(sql`${search.ordered}`, sql`s.id = ${assignments.id}`)
      .orderBy(sql`s.g`, sql`s.pos`)
      .limit(take);
    cursorOf = (r) => [r.g ?? 0, r.k ?? "", r.a.id];
  } else {
    const after = decodeCursor(page.cursor, 2) as [string, string] | null;
    pageRows = db
      .select(selected)
      .from(assignments)
      .innerJoin(people, eq(people.id, assignments.personId))
      .leftJoin(schools, eq(schools.id, assignments.schoolId))
      .where(
        and(
          where,
          ofKind,
          after ? sql`(${assignments.personName}, ${assignments.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined,
        ),
      )
      // The name the row keeps (`assignments_district_name_idx`): the district's own rows in page order.
      .orderBy(assignments.personName, assignments.id)
      .limit(limitInText(take));
    cursorOf = (r) => [r.a.personName, r.a.id];
  }
  // Counts per kind ignore the kind filter: the page shows them on the kind picker.
  const [rows, counts] = await Promise.all([
    pageRows,
    pattern || page.schoolId
      ? countsByKind(db, districtId, where, page.q ?? null)
      : talliedByKind(db, districtId, page.state === "current" ? today : null),
  ]);
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  // A search's counts stop at the cap: such a kind says "100+" (`cappedKinds`).
  const cappedKinds = counts.filter((c) => "capped" in c && c.capped).map((c) => c.kind);
  const byKind = Object.fromEntries(counts.map((c) => [c.kind, c.n])) as Partial<Record<AssignmentKind, number>>;
  const total = page.kind ? (byKind[page.kind] ?? 0) : Object.values(byKind).reduce((sum, n) => sum + n, 0);
  return {
    assignments: shown.map((r) => dto(r.a, r.personName, r.schoolName)),
    nextCursor: rows.length > page.limit && last ? encodeCursor(cursorOf(last)) : null,
    total,
    totalCapped: page.kind ? cappedKinds.includes(page.kind) : cappedKinds.length > 0,
    byKind,
    cappedKinds,
  };
}

type Row = { a: typeof assignments.$inferSelect; personName: string; schoolName: string | null };

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

/**
 * How many of the district's assignments of each kind match one school (exact: one GROUP BY over
 * the school's hats) or a search (each kind counted to `SEARCH_COUNT_CAP`, as every search box:
 * "100+"; `capped` when the count is a lower bound). Exact, a word most schools share ("SD")
 * counted every hat at them: 70,000 at 100,000 people, 100 ms.
 */
async function countsByKind(
  db: Queryable,
  districtId: string,
  where: SQL | undefined,
  q: string | null,
): Promise<{ kind: AssignmentKind; n: number; capped?: boolean }[]> {
  if (!q) {
    return db
      .select({ kind: assignments.kind, n: sql<number>`count(*)::int` })
      .from(assignments)
      .where(where)
      .groupBy(assignments.kind);
  }
  // The matching people (word starts, then substrings: the district's own rows), up to
  // `MATCHED_PEOPLE_CAP` (past it every kind's count is a lower bound), and their hats; the district's
  // schools containing the term (as the page's school branch). Then each kind: its hats among those
  // and its hats at those schools (assignments_district_kind_idx), to the cap.
  const kinds = sql.join(
    ASSIGNMENT_KINDS.map((k) => sql`(${k})`),
    sql`, `,
  );
  const cap = sql.raw(String(SEARCH_COUNT_CAP + 1));
  const kindIs = sql`${assignments.kind} = k.kind::assignment_kind`;
  const { rows } = await db.execute<{ kind: AssignmentKind; n: number; many: boolean }>(sql`
    with h as materialized (select x.person_id from (${wordSearch(termValues(q)).hits(sql`${districtId}::uuid`)}) x
        limit ${sql.raw(String(MATCHED_PEOPLE_CAP + 1))}),
      ph as materialized (select r.id, r.kind from (select distinct person_id from h) p
        cross join lateral (select ${assignments.id} as id, ${assignments.kind}::text as kind from ${assignments}
          where ${and(sql`${assignments.personId} = p.person_id`, where)}) r),
      sc as materialized (select s.id from ${schools} s
        where s.district_id = ${districtId}::uuid and strpos(s.search_key, lower(${q}::text)) > 0)
    select k.kind, (select count(*) > ${sql.raw(String(MATCHED_PEOPLE_CAP))} from h) as many,
      (select count(*)::int from (
        (select ph.id from ph where ph.kind = k.kind limit ${cap})
        union
        (select ${assignments.id} from ${assignments}
          where ${and(where, kindIs)} and ${assignments.schoolId} in (select id from sc) limit ${cap})
        limit ${cap}) m) as n
    from (values ${kinds}) k(kind)`);
  // Past either cap a kind's count is a lower bound ("3+"): at most the cap, said as capped.
  return rows
    .filter((r) => r.n > 0)
    .map((r) => ({ kind: r.kind, n: Math.min(r.n, SEARCH_COUNT_CAP), capped: r.many || r.n > SEARCH_COUNT_CAP }));
}

/**
 * How many matches a search's counts per kind read at most (`countsByKind`): a person found both by a
 * word start and inside a word counts twice, so the "+" can come a little early, never late.
 */
const MATCHED_PEOPLE_CAP = 1000;

type AssignmentInput = {
  personId: string;
  kind: AssignmentKind;
  districtId: string;
  schoolId: string | null;
  acting: boolean;
  startsOn: string;
  endsOn: string | null;
};

/** `now` comes from the injected clock: the refresh derives the atasan on the district's date. */
export async function createAssignment(db: Db, actor: SessionActor, input: AssignmentInput, now: Date) {
  authorize(actor, {
    do: "assignment.create",
    hat: input,
    person: await personFacts(db, input.personId, now),
  });
  const person = await personById(db, input.personId);
  if (input.endsOn !== null && input.endsOn < input.startsOn) {
    throw new AppError("VALIDATION", "assignment.invalidDates");
  }
  const schoolScoped = SCHOOL_SCOPED_KINDS.includes(input.kind);
  if (schoolScoped && !input.schoolId) throw new AppError("VALIDATION", "assignment.schoolRequired");
  // Only tim_kinerja may be narrowed to one school; other district-wide hats carry no school.
  const schoolId = schoolScoped || input.kind === "tim_kinerja" ? input.schoolId : null;
  const school = schoolId ? await schoolById(db, schoolId) : null;
  if (school && school.districtId !== input.districtId) {
    throw new AppError("VALIDATION", "assignment.schoolOtherDistrict");
  }
  return db.transaction(async (tx) => {
    // Only principals can clash: not the whole district's staff.
    const existing = await tx
      .select()
      .from(assignments)
      .where(and(eq(assignments.districtId, input.districtId), eq(assignments.kind, "principal")));
    const clash = principalClash(existing, { ...input, schoolId, acting: input.kind === "principal" && input.acting });
    if (clash) {
      const other = await personById(tx, clash.personId);
      throw new AppError("CONFLICT", "assignment.principalClash", { name: other.name });
    }
    const [a] = await tx
      .insert(assignments)
      .values({ ...input, schoolId, acting: input.kind === "principal" && input.acting })
      .returning();
    if (!a) throw new Error("assignment insert returned nothing");
    await writeAudit(tx, {
      actorId: actor.personId,
      entityType: "assignment",
      entityId: a.id,
      action: "assignment_created",
      data: { ...input, schoolId },
    });
    await refreshSuperiors(tx, { districtId: input.districtId, now, scope: scopeOfAssignment(a) });
    return dto(a, person.name, school?.name ?? null);
  });
}

export async function setAssignmentEnd(db: Db, actor: SessionActor, id: string, endsOn: string | null, now: Date) {
  const [a] = await db.select().from(assignments).where(eq(assignments.id, id));
  if (!a) throw notFound();
  authorize(actor, { do: "assignment.end", hat: a, person: await personFacts(db, a.personId, now) });
  if (endsOn !== null && endsOn < a.startsOn) throw new AppError("VALIDATION", "assignment.invalidDates");
  const person = await personById(db, a.personId);
  const school = a.schoolId ? await schoolById(db, a.schoolId) : null;
  return db.transaction(async (tx) => {
    const [updated] = await tx.update(assignments).set({ endsOn }).where(eq(assignments.id, id)).returning();
    if (!updated) throw notFound();
    await writeAudit(tx, {
      actorId: actor.personId,
      entityType: "assignment",
      entityId: id,
      action: "assignment_end_changed",
      fromState: a.endsOn,
      toState: endsOn,
    });
    await refreshSuperiors(tx, { districtId: a.districtId, now, scope: scopeOfAssignment(a) });
    return dto(updated, person.name, school?.name ?? null);
  });
}
