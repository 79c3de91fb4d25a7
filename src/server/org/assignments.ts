import { and, eq, gte, isNull, or, type SQL, sql } from "drizzle-orm";
import type { Db, Queryable } from "../../db/client.js";
import { limitInText } from "../../db/prepared.js";
import { assignments, assignmentTallies, people, schools } from "../../db/schema.js";
import { type AssignmentKind, principalClash, SCHOOL_SCOPED_KINDS } from "../../domain/org/types.js";
import { writeAudit } from "../core/audit.js";
import { authorize } from "../core/authorize.js";
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
  const byKind = Object.fromEntries(counts.map((c) => [c.kind, c.n])) as Partial<Record<AssignmentKind, number>>;
  return {
    assignments: shown.map((r) => dto(r.a, r.personName, r.schoolName)),
    nextCursor: rows.length > page.limit && last ? encodeCursor(cursorOf(last)) : null,
    total: page.kind ? (byKind[page.kind] ?? 0) : counts.reduce((sum, c) => sum + c.n, 0),
    byKind,
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
 * How many of the district's assignments of each kind match one school or a search: one GROUP BY
 * over `assignments` alone * (its district index), or, with a search, the person branch joined and the school branch probed.
 */
async function countsByKind(db: Queryable, districtId: string, where: SQL | undefined, q: string | null) {
  if (!q) {
    return db
      .select({ kind: assignments.kind, n: sql<number>`count(*)::int` })
      .from(assignments)
      .where(where)
      .groupBy(assignments.kind);
  }
  // The two branches of personOrSchoolSearch, each driven by its own matches; UNION drops a row
  // that matches both (an OR over both tables would scan the district's rows joined to people).
  // As the page's school branch (`personOrSchoolSearch`): the district's schools containing the term.
  const school = sql`${assignments.schoolId} = any(array(select s.id from ${schools} s
    where s.district_id = ${districtId}::uuid and strpos(s.search_key, lower(${q}::text)) > 0))`;
  const { rows } = await db.execute<{ kind: AssignmentKind; n: number }>(sql`
    select m.kind, count(*)::int as n from (
      select r.id, r.kind from (${wordSearch(termValues(q)).hits(sql`${districtId}::uuid`)}) h
        -- Each matching person probes their hats (a hash of every hat of the district cost more).
        cross join lateral (select ${assignments.id} as id, ${assignments.kind} as kind from ${assignments}
          where ${and(sql`${assignments.personId} = h.person_id`, where)}) r
      union
      select ${assignments.id}, ${assignments.kind} from ${assignments} where ${and(where, school)}
    ) m group by m.kind`);
  return rows;
}

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
