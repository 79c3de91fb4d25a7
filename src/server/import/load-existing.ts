import { and, eq, inArray, sql } from "drizzle-orm";
import type { Queryable } from "../../db/client.js";
import { accounts, assignments, people, schools } from "../../db/schema.js";
import type { GroupedRows } from "../../domain/import/group-rows.js";
import type { Existing, ExistingPerson } from "../../domain/import/plan-types.js";

import { loadInChunks, MAX_BIND_PARAMETERS } from "../core/chunks.js";

const present = (values: (string | null)[]) => values.filter((v): v is string => v !== null);

/**
 * Reads what the file touches: its schools (in any district), its people, their assignments, taken
 * usernames. Every lookup runs in chunks of at most `chunkSize` values (one bind parameter each).
 */
export async function loadExisting(
  db: Queryable,
  file: GroupedRows,
  chunkSize: number = MAX_BIND_PARAMETERS,
): Promise<Existing> {
  const inChunks = <T>(values: string[], load: (chunk: string[]) => Promise<T[]>) =>
    loadInChunks(values, load, chunkSize);
  const foundSchools = await inChunks(
    file.schools.map((g) => g.school.npsn),
    (chunk) =>
      db
        .select({
          id: schools.id,
          districtId: schools.districtId,
          npsn: schools.npsn,
          name: schools.name,
          level: schools.level,
          address: schools.address,
        })
        .from(schools)
        .where(inArray(schools.npsn, chunk)),
  );

  const byId = new Map<string, ExistingPerson>();
  const personColumns = {
    id: people.id,
    nip: people.nip,
    nuptk: people.nuptk,
    email: people.email,
    name: people.name,
    employmentStatus: people.employmentStatus,
    rank: people.rank,
    positionLevel: people.positionLevel,
    ptkType: people.ptkType,
    additionalDuties: people.additionalDuties,
  };
  const lookups = [
    [present(file.people.map((g) => g.person.nip)), (c: string[]) => inArray(people.nip, c)],
    [present(file.people.map((g) => g.person.nuptk)), (c: string[]) => inArray(people.nuptk, c)],
    [present(file.people.map((g) => g.person.email)), (c: string[]) => inArray(sql`lower(${people.email})`, c)],
  ] as const;
  for (const [values, where] of lookups) {
    const rows = await inChunks(values, (chunk) => db.select(personColumns).from(people).where(where(chunk)));
    for (const p of rows) byId.set(p.id, p);
  }

  const withDistrict = await inChunks([...byId.keys()], (chunk) =>
    db
      .select({
        id: assignments.id,
        personId: assignments.personId,
        districtId: assignments.districtId,
        kind: assignments.kind,
        schoolId: assignments.schoolId,
        acting: assignments.acting,
        startsOn: assignments.startsOn,
        endsOn: assignments.endsOn,
      })
      .from(assignments)
      .where(inArray(assignments.personId, chunk)),
  );

  const schoolPrincipals = await inChunks(
    foundSchools.map((s) => s.id),
    (chunk) =>
      db
        .select({
          id: assignments.id,
          personId: assignments.personId,
          kind: assignments.kind,
          schoolId: assignments.schoolId,
          acting: assignments.acting,
          startsOn: assignments.startsOn,
          endsOn: assignments.endsOn,
        })
        .from(assignments)
        .where(and(inArray(assignments.schoolId, chunk), eq(assignments.kind, "principal"))),
  );

  const candidates = present(file.people.map((g) => g.person.nip ?? g.person.email));
  const taken = await inChunks(candidates, (chunk) =>
    db.select({ username: accounts.username }).from(accounts).where(inArray(accounts.username, chunk)),
  );

  const personDistricts: Record<string, string[]> = {};
  for (const a of withDistrict) {
    const list = personDistricts[a.personId] ?? [];
    if (!list.includes(a.districtId)) personDistricts[a.personId] = [...list, a.districtId];
  }

  return {
    schools: foundSchools,
    people: [...byId.values()],
    assignments: withDistrict.map(({ districtId: _, ...a }) => a),
    personDistricts,
    schoolPrincipals,
    takenUsernames: taken.map((t) => t.username),
  };
}
