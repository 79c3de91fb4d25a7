import { eq, inArray } from "drizzle-orm";
import type { Queryable } from "../../db/client.js";
import { assignments, districts } from "../../db/schema.js";
import { type Actor, can, type PersonFacts } from "../../domain/auth/policy.js";
import { dateInZone } from "../../domain/time/today.js";
import { personDto, usernames } from "./queries.js";

type PersonRow = Parameters<typeof personDto>[0];

/** Every hat of many people, each with its district's date: `personFacts` for a whole list, in one query. */
async function factsOfMany(db: Queryable, personIds: string[], now: Date): Promise<Map<string, PersonFacts>> {
  const facts = new Map<string, PersonFacts>(personIds.map((personId) => [personId, { personId, hats: [] }]));
  if (personIds.length === 0) return facts;
  const rows = await db
    .select({
      personId: assignments.personId,
      kind: assignments.kind,
      districtId: assignments.districtId,
      schoolId: assignments.schoolId,
      acting: assignments.acting,
      startsOn: assignments.startsOn,
      endsOn: assignments.endsOn,
      timeZone: districts.timeZone,
    })
    .from(assignments)
    .innerJoin(districts, eq(districts.id, assignments.districtId))
    .where(inArray(assignments.personId, personIds));
  for (const { personId, timeZone, ...hat } of rows) {
    (facts.get(personId)?.hats as PersonFacts["hats"][number][] | undefined)?.push({
      ...hat,
      today: dateInZone(now, timeZone),
    });
  }
  return facts;
}

/**
 * People as the admin pages show them, each with what this actor may do to them — asked of the
 * same policy the server enforces, so a button is shown only when pressing it would be allowed.
 */
export async function personViews(db: Queryable, actor: Actor, rows: readonly PersonRow[], now: Date) {
  const ids = rows.map((r) => r.id);
  const [names, facts] = await Promise.all([usernames(db, ids), factsOfMany(db, ids, now)]);
  return rows.map((p) => {
    const person = facts.get(p.id) ?? { personId: p.id, hats: [] };
    return {
      ...personDto(p, names.get(p.id) ?? null),
      actions: {
        update: can(actor, { do: "person.update", person }),
        resetAccount: can(actor, { do: "account.reset", person }),
      },
    };
  });
}
