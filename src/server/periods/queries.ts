import { eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Queryable } from "../../db/client.js";
import { cycleAssessors, cycles, people, periods, ruleSets, schools } from "../../db/schema.js";
import type { Phase } from "../../domain/cycles/phase.js";
import { loadInChunks } from "../core/chunks.js";
import { notFound } from "../core/errors.js";

const superior = alias(people, "superior");

export async function periodDtos(db: Queryable, where: ReturnType<typeof eq>) {
  const rows = await db
    .select({
      p: periods,
      ruleSetCode: ruleSets.code,
      ruleSetName: ruleSets.name,
      cycleCount: sql<number>`(select count(*)::int from ${cycles} where ${cycles.periodId} = ${periods.id})`,
      withoutSuperiorCount: sql<number>`(select count(*)::int from ${cycles} where ${cycles.periodId} = ${periods.id} and ${cycles.superiorId} is null)`,
    })
    .from(periods)
    .innerJoin(ruleSets, eq(ruleSets.id, periods.ruleSetId))
    .where(where)
    .orderBy(sql`${periods.startsOn} desc`);
  return rows.map((r) => {
    const { createdBy: _c, createdAt: _a, ruleSetId: _r, ...p } = r.p;
    return {
      ...p,
      ruleSetCode: r.ruleSetCode,
      ruleSetName: r.ruleSetName,
      cycleCount: r.cycleCount,
      withoutSuperiorCount: r.withoutSuperiorCount,
    };
  });
}

export async function periodDto(db: Queryable, periodId: string) {
  const [p] = await periodDtos(db, eq(periods.id, periodId));
  if (!p) throw notFound();
  return p;
}

/** Cycles of a period; those without an atasan first, because they need the admin. */
export async function cycleRows(db: Queryable, periodId: string, onlyPersonIds?: string[]) {
  const rows = await db
    .select({
      c: cycles,
      name: people.name,
      nip: people.nip,
      schoolName: schools.name,
      superiorName: superior.name,
    })
    .from(cycles)
    .innerJoin(people, eq(people.id, cycles.personId))
    .leftJoin(schools, eq(schools.id, cycles.schoolId))
    .leftJoin(superior, eq(superior.id, cycles.superiorId))
    .where(eq(cycles.periodId, periodId))
    .orderBy(sql`${cycles.superiorId} is not null`, people.name);
  const filtered = onlyPersonIds ? rows.filter((r) => onlyPersonIds.includes(r.c.personId)) : rows;
  const ids = filtered.map((r) => r.c.id);
  // Chunked: a period of 100,000 cycles would otherwise bind more parameters than PostgreSQL takes.
  const team = await loadInChunks(ids, (chunk) =>
    db
      .select({ cycleId: cycleAssessors.cycleId, name: people.name })
      .from(cycleAssessors)
      .innerJoin(people, eq(people.id, cycleAssessors.personId))
      .where(inArray(cycleAssessors.cycleId, chunk)),
  );
  const teamOf = new Map<string, string[]>();
  for (const t of team) {
    const names = teamOf.get(t.cycleId);
    if (names) names.push(t.name);
    else teamOf.set(t.cycleId, [t.name]);
  }
  return filtered.map((r) => ({
    cycleId: r.c.id,
    personId: r.c.personId,
    name: r.name,
    nip: r.nip,
    track: r.c.track,
    schoolName: r.schoolName,
    superiorName: r.superiorName,
    superiorKind: r.c.superiorKind,
    assessorNames: teamOf.get(r.c.id) ?? [],
    phase: r.c.phase as Phase,
  }));
}
