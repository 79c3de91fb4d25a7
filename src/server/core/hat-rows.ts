import { type SQL, sql } from "drizzle-orm";
import { assignments, districts } from "../../db/schema.js";
import { type TextColumn, textRowReader, textRowSql } from "../../db/text-rows.js";
import type { AssignmentFact } from "../../domain/org/types.js";
import type { TimeZone } from "../../domain/time/today.js";

/** A hat as the policy reads it: the assignment, with its district's time zone (its "today"). */
export type HatRow = Omit<AssignmentFact, "personId" | "namedSubjectIds"> & { timeZone: TimeZone };

/** An assignment `a`'s own columns, as arrays of texts: a hat's, and the planning queue's facts (queue-row.ts). */
export const ASSIGNMENT_COLUMNS = [
  ["kind", "a.kind"],
  ["districtId", "a.district_id"],
  ["schoolId", "a.school_id"],
  ["acting", "a.acting", "bool"],
  ["startsOn", "a.starts_on"],
  ["endsOn", "a.ends_on"],
] as const satisfies readonly TextColumn<keyof AssignmentFact>[];

const HAT_COLUMNS = [...ASSIGNMENT_COLUMNS, ["timeZone", "d.time_zone"]] as const satisfies readonly TextColumn<
  keyof HatRow
>[];

/**
 * Every hat of `personId` (an SQL expression) as one JSON array of texts (`textRowSql`). What the
 * person's copy `people.hats` holds (kept by migration 0034's triggers, which the session's statement
 * and the people pages read); tests/server/person-copies.test.ts checks the two agree.
 */
export const hatsOf = (personId: SQL) =>
  sql<(string | null)[][]>`coalesce((select json_agg(${sql.raw(textRowSql(HAT_COLUMNS))})
    from ${assignments} a join ${districts} d on d.id = a.district_id where a.person_id = ${personId}), '[]'::json)`;

export const hatOf = textRowReader<HatRow>(HAT_COLUMNS);
