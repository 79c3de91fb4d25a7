import { desc, eq, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Queryable } from "../../db/client.js";
import { people, schools, windowExtensions } from "../../db/schema.js";
import type { ExtensionDto } from "./contract.js";

const creator = alias(people, "creator");

export async function extensionDtos(tx: Queryable, where: SQL): Promise<ExtensionDto[]> {
  const rows = await tx
    .select({ e: windowExtensions, schoolName: schools.name, personName: people.name, createdByName: creator.name })
    .from(windowExtensions)
    .leftJoin(schools, eq(schools.id, windowExtensions.schoolId))
    .leftJoin(people, eq(people.id, windowExtensions.personId))
    .leftJoin(creator, eq(creator.id, windowExtensions.createdBy))
    .where(where)
    .orderBy(desc(windowExtensions.createdAt));
  return rows.map(({ e, schoolName, personName, createdByName }) => ({
    id: e.id,
    periodId: e.periodId,
    phase: e.phase,
    scope: e.scope,
    schoolId: e.schoolId,
    schoolName: schoolName ?? null,
    personId: e.personId,
    personName: personName ?? null,
    closesOn: e.closesOn,
    reason: e.reason,
    createdByName: createdByName ?? null,
    createdAt: e.createdAt.toISOString(),
  }));
}
