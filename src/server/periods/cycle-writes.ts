import { sql } from "drizzle-orm";
import { anyUuid, chunks } from "../../db/chunks.js";
import type { Queryable } from "../../db/client.js";
import { cycleAssessors } from "../../db/schema.js";
import type { CycleTrack, SuperiorKind } from "../../domain/org/assessors.js";
import { emptyPlanContent } from "../../domain/planning/content.js";

// Set-based writes of the org refresh: one statement per chunk of rows, whatever the district's size.

export type NewCycle = {
  periodId: string;
  personId: string;
  track: CycleTrack;
  schoolId: string | null;
  superiorId: string | null;
  superiorKind: SuperiorKind | null;
  assessorIds: string[];
};

const col = <T>(rows: readonly NewCycle[], f: (r: NewCycle) => T) => sql.param(rows.map(f));

/**
 * Inserts cycles with their empty plan, in one statement per chunk. A cycle created concurrently
 * (same period and person) is skipped, not duplicated. Returns the new cycles' ids by person.
 */
export async function insertCycles(
  tx: Queryable,
  rows: readonly NewCycle[],
  onProgress: (done: number, total: number) => void = () => {},
): Promise<Map<string, string>> {
  const created = new Map<string, string>();
  const content = JSON.stringify(emptyPlanContent());
  let done = 0;
  for (const chunk of chunks(rows)) {
    const result = await tx.execute<{ id: string; person_id: string }>(sql`
      with new_cycles as (
        -- The plan's id is chosen here so the cycle (and its queue entries) carry it from the start.
        insert into cycles (period_id, person_id, track, school_id, superior_id, superior_kind, plan_id)
        select *, gen_random_uuid() from unnest(
          ${col(chunk, (r) => r.periodId)}::uuid[], ${col(chunk, (r) => r.personId)}::uuid[],
          ${col(chunk, (r) => r.track)}::text[]::cycle_track[], ${col(chunk, (r) => r.schoolId)}::uuid[],
          ${col(chunk, (r) => r.superiorId)}::uuid[], ${col(chunk, (r) => r.superiorKind)}::text[]::superior_kind[])
        on conflict do nothing
        returning id, person_id, plan_id
      ), new_plans as (
        insert into documents (id, cycle_id, kind, status, content)
        select plan_id, id, 'plan', 'draft', ${content}::jsonb from new_cycles
      )
      select id, person_id from new_cycles`);
    for (const r of result.rows) created.set(r.person_id, r.id);
    done += chunk.length;
    onProgress(done, rows.length);
  }
  const team = rows.flatMap((r) => {
    const cycleId = created.get(r.personId);
    return cycleId ? r.assessorIds.map((personId) => ({ cycleId, personId })) : [];
  });
  await insertAssessors(tx, team);
  return created;
}

export type SuperiorChange = { cycleId: string; superiorId: string | null; superiorKind: SuperiorKind | null };

/** One UPDATE … FROM unnest(…) per chunk. */
export async function updateSuperiors(tx: Queryable, changes: readonly SuperiorChange[]): Promise<void> {
  for (const chunk of chunks(changes)) {
    await tx.execute(sql`
      update cycles set superior_id = v.superior_id, superior_kind = v.superior_kind, updated_at = now()
      from unnest(
        ${sql.param(chunk.map((c) => c.cycleId))}::uuid[],
        ${sql.param(chunk.map((c) => c.superiorId))}::uuid[],
        ${sql.param(chunk.map((c) => c.superiorKind))}::text[]::superior_kind[]) as v(id, superior_id, superior_kind)
      where cycles.id = v.id`);
  }
}

async function insertAssessors(tx: Queryable, rows: readonly { cycleId: string; personId: string }[]) {
  for (const chunk of chunks(rows)) {
    await tx.execute(sql`
      insert into cycle_assessors (cycle_id, person_id)
      select * from unnest(${sql.param(chunk.map((r) => r.cycleId))}::uuid[],
                           ${sql.param(chunk.map((r) => r.personId))}::uuid[])`);
  }
}

/** Replaces the Tim Kinerja of the given cycles: one DELETE and one INSERT per chunk. */
export async function replaceAssessors(tx: Queryable, teams: ReadonlyMap<string, readonly string[]>): Promise<void> {
  for (const ids of chunks([...teams.keys()])) {
    await tx.delete(cycleAssessors).where(anyUuid(cycleAssessors.cycleId, ids));
  }
  await insertAssessors(
    tx,
    [...teams].flatMap(([cycleId, people]) => people.map((personId) => ({ cycleId, personId }))),
  );
}
