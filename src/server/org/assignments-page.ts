import { and, gte, isNull, or, type SQL, sql } from "drizzle-orm";
import { assignments, schools } from "../../db/schema.js";
import type { AssignmentKind } from "../../domain/org/types.js";
import { districtTodaySql } from "../core/clock.js";
import { type AssignmentRow, assignmentDto } from "./assignments.js";

// What the district's assignments list and its search share: the page asked for, a row, the filters.

export type AssignmentsPage = {
  q?: string | undefined;
  kind?: AssignmentKind | undefined;
  schoolId?: string | undefined;
  /** `current`: not ended by the district's today (future ones included); `all`: ended ones too. */
  state: "current" | "all";
  cursor?: string | undefined;
  limit: number;
};

/** What a list row shows: the hat, its kept person's name (migration 0027) and its school's name. */
export const LIST_COLUMNS = {
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

export const dtoOf = (r: ListRow) => assignmentDto(r, r.personName, r.schoolName);

export const totalOf = (byKind: Partial<Record<AssignmentKind, number>>, kind: AssignmentKind | undefined) =>
  kind ? (byKind[kind] ?? 0) : Object.values(byKind).reduce((sum, n) => sum + n, 0);

/**
 * The district's hats a list or its counts see: of one school, current on the district's date (an
 * init plan, not a statement of its own first). The kind filter and the cursor are the page's only.
 * As SQL, so that a statement built once per shape gives placeholders (`hatsWhereOf`).
 */
export const hatsWhereOf = (district: SQL, today: SQL, school: SQL | null, current: boolean) =>
  and(
    sql`${assignments.districtId} = ${district}`,
    school ? sql`${assignments.schoolId} = ${school}` : undefined,
    current ? or(isNull(assignments.endsOn), gte(assignments.endsOn, today)) : undefined,
  );

export const hatsWhere = (districtId: string, now: Date, schoolId: string | undefined, current: boolean) =>
  hatsWhereOf(
    sql`${districtId}::uuid`,
    districtTodaySql(districtId, now),
    schoolId ? sql`${schoolId}::uuid` : null,
    current,
  );
