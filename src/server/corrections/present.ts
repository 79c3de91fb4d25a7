import { and, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Queryable } from "../../db/client.js";
import { people, profileCorrections, schools } from "../../db/schema.js";
import { decodeCursor, encodeCursor } from "../core/cursor.js";
import { AppError } from "../core/errors.js";
import { CORRECTION_STATUSES, type CorrectionDto } from "./contract.js";

const resolver = alias(people, "resolver");

/** The person was edited (operator or admin, `updatePerson`'s audit with a change) after the report. */
export const dataChangedSince = (
  personId: SQL | typeof profileCorrections.personId,
  reportedAt: SQL | typeof profileCorrections.createdAt,
) =>
  sql<boolean>`exists(select 1 from audit_events ae where ae.entity_type = 'person' and ae.entity_id = ${personId}::text
    and ae.action = 'person_updated' and ae.at > ${reportedAt} and ae.data <> '{}'::jsonb)`;

/** Corrections matching `where`, open ones first and newest first, with the names a list shows. */
export async function correctionDtos(tx: Queryable, where: SQL | undefined): Promise<CorrectionDto[]> {
  const { corrections } = await correctionPage(tx, where, { limit: 100 });
  return corrections;
}

/**
 * One page of corrections in (status, newest first, id) order. The cursor carries the creation
 * time as PostgreSQL prints it (microseconds), so equal-looking times never skip or repeat rows.
 */
export async function correctionPage(
  tx: Queryable,
  where: SQL | undefined,
  page: { cursor?: string | undefined; limit: number },
): Promise<{ corrections: CorrectionDto[]; nextCursor: string | null; people: (typeof people.$inferSelect)[] }> {
  const after = decodeCursor(page.cursor, 3) as [string, string, string] | null;
  if (after && !(CORRECTION_STATUSES as readonly string[]).includes(after[0])) {
    throw new AppError("VALIDATION", "error.badCursor");
  }
  const created = sql<string>`${profileCorrections.createdAt}::text`;
  const keyset = after
    ? sql`(${profileCorrections.status} > ${after[0]}::correction_status or (${profileCorrections.status} = ${after[0]}::correction_status
        and (${profileCorrections.createdAt}, ${profileCorrections.id}) < (${after[1]}::timestamptz, ${after[2]}::uuid)))`
    : undefined;
  const rows = await tx
    .select({
      c: profileCorrections,
      created,
      person: people,
      schoolName: schools.name,
      resolverName: resolver.name,
      dataChanged: dataChangedSince(profileCorrections.personId, profileCorrections.createdAt),
    })
    .from(profileCorrections)
    .innerJoin(people, eq(people.id, profileCorrections.personId))
    .leftJoin(schools, eq(schools.id, profileCorrections.schoolId))
    .leftJoin(resolver, eq(resolver.id, profileCorrections.resolvedBy))
    .where(and(where, keyset))
    .orderBy(profileCorrections.status, desc(profileCorrections.createdAt), desc(profileCorrections.id))
    .limit(page.limit + 1);
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  const nextCursor = rows.length > page.limit && last ? encodeCursor([last.c.status, last.created, last.c.id]) : null;
  const corrections = shown.map(({ c, person, schoolName, resolverName, dataChanged }) => ({
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
    dataChanged,
  }));
  const reporters = [...new Map(shown.map((r) => [r.person.id, r.person])).values()];
  return { corrections, nextCursor, people: reporters };
}

export async function correctionDto(tx: Queryable, id: string): Promise<CorrectionDto> {
  const [dto] = await correctionDtos(tx, inArray(profileCorrections.id, [id]));
  if (!dto) throw new Error(`correction ${id} not found after write`);
  return dto;
}
