import { eq, inArray, sql } from "drizzle-orm";
import type { Queryable } from "../../db/client.js";
import { accounts, assignments, people, schools } from "../../db/schema.js";
import { notFound } from "../core/errors.js";

type SchoolRow = typeof schools.$inferSelect;
type PersonRow = typeof people.$inferSelect;

export async function schoolById(db: Queryable, id: string): Promise<SchoolRow> {
  const [s] = await db.select().from(schools).where(eq(schools.id, id));
  if (!s) throw notFound();
  return s;
}

export async function personById(db: Queryable, id: string): Promise<PersonRow> {
  const [p] = await db.select().from(people).where(eq(people.id, id));
  if (!p) throw notFound();
  return p;
}

/** Staff counts for a list of schools: people with a current teacher or principal hat. */
export async function staffCounts(db: Queryable, schoolIds: string[]): Promise<Map<string, number>> {
  if (schoolIds.length === 0) return new Map();
  const rows = await db
    .select({ schoolId: assignments.schoolId, n: sql<number>`count(distinct ${assignments.personId})::int` })
    .from(assignments)
    .where(inArray(assignments.schoolId, schoolIds))
    .groupBy(assignments.schoolId);
  return new Map(rows.map((r) => [r.schoolId as string, r.n]));
}

export function schoolDto(s: SchoolRow, staffCount: number) {
  return {
    id: s.id,
    districtId: s.districtId,
    npsn: s.npsn,
    name: s.name,
    level: s.level,
    address: s.address,
    staffCount,
  };
}

export async function usernames(db: Queryable, personIds: string[]): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .select({ personId: accounts.personId, username: accounts.username })
    .from(accounts)
    .where(inArray(accounts.personId, personIds));
  return new Map(rows.map((r) => [r.personId, r.username]));
}

/**
 * The columns a person's answer shows (`personDto`): what the lists select per row, not the whole
 * row. The search key, language and timestamps cost the database and the driver on every row of a
 * page (51 rows of a people search) and are never shown.
 */
export const PERSON_DTO_COLUMNS = {
  id: people.id,
  nip: people.nip,
  nuptk: people.nuptk,
  name: people.name,
  email: people.email,
  employmentStatus: people.employmentStatus,
  rank: people.rank,
  positionLevel: people.positionLevel,
  ptkType: people.ptkType,
  additionalDuties: people.additionalDuties,
};

export function personDto(p: Pick<PersonRow, keyof typeof PERSON_DTO_COLUMNS>, username: string | null) {
  return {
    id: p.id,
    nip: p.nip,
    nuptk: p.nuptk,
    name: p.name,
    email: p.email,
    employmentStatus: p.employmentStatus,
    rank: p.rank,
    positionLevel: p.positionLevel,
    ptkType: p.ptkType,
    additionalDuties: p.additionalDuties,
    username,
  };
}
