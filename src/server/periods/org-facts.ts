import { and, eq, gt, inArray, type SQL } from "drizzle-orm";
import { anyUuid, inIdPages } from "../../db/chunks.js";
import type { Queryable } from "../../db/client.js";
import { assignments } from "../../db/schema.js";
import type { AssignmentFact } from "../../domain/org/types.js";
import { breather } from "../core/breather.js";
import { HAT_COLUMNS } from "../org/facts.js";

type FactRow = AssignmentFact & { id: string };

/** Only the columns the rules read: a district-wide load maps ~100,000 rows, and fewer is less garbage. */
const factColumns = { personId: assignments.personId, ...HAT_COLUMNS };

/** Every hat of the district, a page of 5,000 at a time (a province has ~100,000), yielding in between. */
export async function districtAssignments(tx: Queryable, districtId: string): Promise<AssignmentFact[]> {
  return inIdPages(
    (after, limit) =>
      tx
        .select({ id: assignments.id, ...factColumns })
        .from(assignments)
        .where(and(eq(assignments.districtId, districtId), after ? gt(assignments.id, after) : undefined))
        .orderBy(assignments.id)
        .limit(limit),
    breather,
  );
}

/**
 * The assignments needed to derive the cycles of some people and schools: those people's own,
 * the principals of the schools, and the district-wide Kepala Dinas and Tim Kinerja.
 */
export async function assignmentsFor(
  tx: Queryable,
  districtId: string,
  personIds: readonly string[],
  schoolIds: readonly string[],
): Promise<AssignmentFact[]> {
  const inDistrict = (cond: SQL | undefined) =>
    tx
      .select()
      .from(assignments)
      .where(and(eq(assignments.districtId, districtId), cond));
  const rows: FactRow[] = await inDistrict(inArray(assignments.kind, ["head_of_district", "tim_kinerja"]));
  if (personIds.length) rows.push(...(await inDistrict(anyUuid(assignments.personId, personIds))));
  const schools = new Set(schoolIds);
  for (const r of rows) if (r.schoolId && r.kind !== "tim_kinerja") schools.add(r.schoolId);
  if (schools.size) {
    rows.push(
      ...(await inDistrict(and(eq(assignments.kind, "principal"), anyUuid(assignments.schoolId, [...schools])))),
    );
  }
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.id) && seen.add(r.id));
}
