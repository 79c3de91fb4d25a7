import type { Queryable } from "../../db/client.js";
import { accounts, assignments, people } from "../../db/schema.js";
import { addDays } from "../../domain/cycles/phase.js";
import type { AssignmentKind, EmploymentStatus, IsoDate } from "../../domain/org/types.js";
import type { DemoPerson } from "./demo-people.js";

type Options = {
  districtId: string;
  /** The district's schools in the order `DemoHat.school` counts them. */
  schoolIds: string[];
  people: readonly DemoPerson[];
  today: IsoDate;
  /** One hash for every demo account: they share the demo password. */
  passwordHash: string;
};

/** Inserts demo people with their hats (dates relative to today) and accounts; returns their ids by NIP. */
export async function insertDemoPeople(tx: Queryable, o: Options): Promise<Map<string, string>> {
  const idByNip = new Map<string, string>();
  for (const p of o.people) {
    const [person] = await tx
      .insert(people)
      .values({
        nip: p.nip ?? null,
        name: p.name,
        email: p.email ?? null,
        employmentStatus: p.status as EmploymentStatus,
        rank: p.rank ?? "",
        positionLevel: p.positionLevel ?? "",
        ptkType: p.ptkType,
        additionalDuties: p.duties ?? [],
      })
      .returning({ id: people.id });
    if (!person) throw new Error("demo person insert failed");
    if (p.nip) idByNip.set(p.nip, person.id);
    for (const a of p.hats) {
      await tx.insert(assignments).values({
        personId: person.id,
        kind: a.kind as AssignmentKind,
        districtId: o.districtId,
        schoolId: a.school === undefined ? null : (o.schoolIds[a.school] ?? null),
        acting: a.acting ?? false,
        startsOn: addDays(o.today, a.fromDays ?? -400),
        endsOn: a.toDays === undefined ? null : addDays(o.today, a.toDays),
      });
    }
    if (p.username) {
      await tx.insert(accounts).values({ personId: person.id, username: p.username, passwordHash: o.passwordHash });
    }
  }
  return idByNip;
}
