import { desc, eq, inArray, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Queryable } from "../../db/client.js";
import { people, profileCorrections, schools } from "../../db/schema.js";
import type { CorrectionDto } from "./contract.js";

const resolver = alias(people, "resolver");

/** Corrections matching `where`, open ones first and newest first, with the names a list shows. */
export async function correctionDtos(tx: Queryable, where: SQL | undefined): Promise<CorrectionDto[]> {
  const rows = await tx
    .select({ c: profileCorrections, person: people, schoolName: schools.name, resolverName: resolver.name })
    .from(profileCorrections)
    .innerJoin(people, eq(people.id, profileCorrections.personId))
    .leftJoin(schools, eq(schools.id, profileCorrections.schoolId))
    .leftJoin(resolver, eq(resolver.id, profileCorrections.resolvedBy))
    .where(where)
    .orderBy(profileCorrections.status, desc(profileCorrections.createdAt))
    .limit(500);
  return rows.map(({ c, person, schoolName, resolverName }) => ({
    id: c.id,
    personId: c.personId,
    personName: person.name,
    nip: person.nip,
    schoolId: c.schoolId,
    schoolName: schoolName ?? null,
    note: c.note,
    status: c.status,
    createdAt: c.createdAt.toISOString(),
    resolvedAt: c.resolvedAt?.toISOString() ?? null,
    resolvedByName: resolverName ?? null,
    resolutionNote: c.resolutionNote,
  }));
}

export async function correctionDto(tx: Queryable, id: string): Promise<CorrectionDto> {
  const [dto] = await correctionDtos(tx, inArray(profileCorrections.id, [id]));
  if (!dto) throw new Error(`correction ${id} not found after write`);
  return dto;
}
