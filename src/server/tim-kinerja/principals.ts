import { and, eq, inArray } from "drizzle-orm";
import { anyUuid } from "../../db/chunks.js";
import type { Queryable } from "../../db/client.js";
import { assignments, schools } from "../../db/schema.js";
import { activeOn, type IsoDate } from "../../domain/org/types.js";

export type SchoolKs = { id: string; npsn: string; name: string; principalId: string | null };

/**
 * Schools of the district (by id or NPSN), each with its KS today: the definitive KS, else the Plt
 * (a school run by a Plt is led by them), null when it has neither. Bulk assignment by school
 * list and by CSV name the member for that person.
 */
export async function schoolsWithKs(
  q: Queryable,
  districtId: string,
  by: { ids: readonly string[] } | { npsns: readonly string[] },
  today: IsoDate,
): Promise<SchoolKs[]> {
  const keys = [...new Set("ids" in by ? by.ids : by.npsns)];
  if (keys.length === 0) return [];
  const list = await q
    .select({ id: schools.id, npsn: schools.npsn, name: schools.name })
    .from(schools)
    .where(and(eq(schools.districtId, districtId), inArray("ids" in by ? schools.id : schools.npsn, keys)));
  if (list.length === 0) return [];
  const hats = await q
    .select({
      schoolId: assignments.schoolId,
      personId: assignments.personId,
      acting: assignments.acting,
      startsOn: assignments.startsOn,
      endsOn: assignments.endsOn,
    })
    .from(assignments)
    .where(
      and(
        eq(assignments.kind, "principal"),
        anyUuid(
          assignments.schoolId,
          list.map((s) => s.id),
        ),
      ),
    );
  const active = activeOn(hats, today).sort(
    (a, b) => Number(a.acting) - Number(b.acting) || b.startsOn.localeCompare(a.startsOn),
  );
  return list.map((s) => ({ ...s, principalId: active.find((h) => h.schoolId === s.id)?.personId ?? null }));
}
