import { type SQL, sql } from "drizzle-orm";
import { assignments, districts } from "../../db/schema.js";
import { type TextColumn, textRowReader, textRowSql } from "../../db/text-rows.js";
import type { AssignmentKind, IsoDate } from "../../domain/org/types.js";
import type { TimeZone } from "../../domain/time/today.js";

/** A hat as the policy reads it: the assignment, with its district's time zone (its "today"). */
export type HatRow = {
  kind: AssignmentKind;
  districtId: string;
  schoolId: string | null;
  acting: boolean;
  startsOn: IsoDate;
  endsOn: IsoDate | null;
  timeZone: TimeZone;
};

const HAT_COLUMNS = [
  ["kind", "a.kind"],
  ["districtId", "a.district_id"],
  ["schoolId", "a.school_id"],
  ["acting", "a.acting", "bool"],
  ["startsOn", "a.starts_on"],
  ["endsOn", "a.ends_on"],
  ["timeZone", "d.time_zone"],
] as const satisfies readonly TextColumn<keyof HatRow>[];

/**
 * Every hat of `personId` (an SQL expression) as one JSON array of texts (`textRowSql`): the
 * session's statement reads it on every request, a people page for each of its 51 rows.
 */
export const hatsOf = (personId: SQL) =>
  sql<(string | null)[][]>`coalesce((select json_agg(${sql.raw(textRowSql(HAT_COLUMNS))})
    from ${assignments} a join ${districts} d on d.id = a.district_id where a.person_id = ${personId}), '[]'::json)`;

export const hatOf = textRowReader<HatRow>(HAT_COLUMNS);
