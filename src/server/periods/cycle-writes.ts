import { inArray, type SQL, sql } from "drizzle-orm";
import { chunksOf } from "../../db/chunks.js";
import type { Queryable } from "../../db/client.js";
import { cycleAssessors, cycles, plans } from "../../db/schema.js";
import type { CycleTrack, SuperiorKind } from "../../domain/org/assessors.js";
import { emptyPlanContent } from "../../domain/planning/content.js";

// Set-based writes of the org refresh: a few statements per chunk, whatever the district's size.

export type NewCycle = {
  periodId: string;
  personId: string;
  track: CycleTrack;
  schoolId: string | null;
  superiorId: string | null;
  superiorKind: SuperiorKind | null;
  assessorIds: string[];
};

/**
 * Inserts cycles with their empty plan and their Tim Kinerja. A cycle created concurrently
 * (same period and person) is skipped, not duplicated. Returns how many were created.
 */
export async function insertCycles(tx: Queryable, rows: readonly NewCycle[]): Promise<string[]> {
  const createdPeople: string[] = [];
  for (const chunk of chunksOf(rows, 6)) {
    const created = await tx
      .insert(cycles)
      .values(chunk.map(({ assessorIds: _, ...c }) => c))
      .onConflictDoNothing()
      .returning({ id: cycles.id, personId: cycles.personId, periodId: cycles.periodId });
    const byKey = new Map(chunk.map((c) => [`${c.periodId}/${c.personId}`, c]));
    const content = emptyPlanContent();
    for (const ids of chunksOf(created, 2)) {
      await tx.insert(plans).values(ids.map((c) => ({ cycleId: c.id, content })));
    }
    const team = created.flatMap((c) =>
      (byKey.get(`${c.periodId}/${c.personId}`)?.assessorIds ?? []).map((personId) => ({ cycleId: c.id, personId })),
    );
    for (const part of chunksOf(team, 2)) await tx.insert(cycleAssessors).values(part);
    createdPeople.push(...created.map((c) => c.personId));
  }
  return createdPeople;
}

export type SuperiorChange = { cycleId: string; superiorId: string | null; superiorKind: SuperiorKind | null };

/** One multi-row UPDATE … FROM (VALUES …) per chunk. */
export async function updateSuperiors(tx: Queryable, changes: readonly SuperiorChange[]): Promise<void> {
  for (const chunk of chunksOf(changes, 3)) {
    const values: SQL[] = chunk.map((c) => sql`(${c.cycleId}, ${c.superiorId}, ${c.superiorKind})`);
    await tx.execute(sql`
      update ${cycles} set
        superior_id = v.superior_id::uuid,
        superior_kind = v.superior_kind::superior_kind,
        updated_at = now()
      from (values ${sql.join(values, sql`, `)}) as v(id, superior_id, superior_kind)
      where ${cycles.id} = v.id::uuid`);
  }
}

/** Replaces the Tim Kinerja of the given cycles: one DELETE and one INSERT per chunk. */
export async function replaceAssessors(tx: Queryable, teams: ReadonlyMap<string, readonly string[]>): Promise<void> {
  for (const ids of chunksOf([...teams.keys()], 1)) {
    await tx.delete(cycleAssessors).where(inArray(cycleAssessors.cycleId, ids));
  }
  const rows = [...teams].flatMap(([cycleId, people]) => people.map((personId) => ({ cycleId, personId })));
  for (const chunk of chunksOf(rows, 2)) await tx.insert(cycleAssessors).values(chunk);
}
