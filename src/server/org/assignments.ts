import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { assignments } from "../../db/schema.js";
import { type AssignmentKind, principalClash, SCHOOL_SCOPED_KINDS } from "../../domain/org/types.js";
import { writeAudit } from "../core/audit.js";
import { authorize } from "../core/authorize.js";
import { AppError, notFound } from "../core/errors.js";
import type { SessionActor } from "../core/session.js";
import { scopeOfAssignment } from "../periods/refresh-scope.js";
import { refreshSuperiors } from "../periods/refresh-superiors.js";
import { personFacts } from "./facts.js";
import { personById, schoolById } from "./queries.js";

export type AssignmentRow = typeof assignments.$inferSelect;

/** A hat as the admin pages show it, with its person's and school's names. */
export function assignmentDto(
  a: Pick<AssignmentRow, "id" | "personId" | "kind" | "districtId" | "schoolId" | "acting" | "startsOn" | "endsOn">,
  personName: string,
  schoolName: string | null,
) {
  return {
    id: a.id,
    personId: a.personId,
    personName,
    kind: a.kind,
    districtId: a.districtId,
    schoolId: a.schoolId,
    schoolName,
    acting: a.acting,
    startsOn: a.startsOn,
    endsOn: a.endsOn,
  };
}

type AssignmentInput = {
  personId: string;
  kind: AssignmentKind;
  districtId: string;
  schoolId: string | null;
  acting: boolean;
  startsOn: string;
  endsOn: string | null;
};

/** `now` comes from the injected clock: the refresh derives the atasan on the district's date. */
export async function createAssignment(db: Db, actor: SessionActor, input: AssignmentInput, now: Date) {
  authorize(actor, {
    do: "assignment.create",
    hat: input,
    person: await personFacts(db, input.personId, now),
  });
  const person = await personById(db, input.personId);
  if (input.endsOn !== null && input.endsOn < input.startsOn) {
    throw new AppError("VALIDATION", "assignment.invalidDates");
  }
  const schoolScoped = SCHOOL_SCOPED_KINDS.includes(input.kind);
  if (schoolScoped && !input.schoolId) throw new AppError("VALIDATION", "assignment.schoolRequired");
  // Only tim_kinerja may be narrowed to one school; other district-wide hats carry no school.
  const schoolId = schoolScoped || input.kind === "tim_kinerja" ? input.schoolId : null;
  const school = schoolId ? await schoolById(db, schoolId) : null;
  if (school && school.districtId !== input.districtId) {
    throw new AppError("VALIDATION", "assignment.schoolOtherDistrict");
  }
  return db.transaction(async (tx) => {
    // Only principals can clash: not the whole district's staff.
    const existing = await tx
      .select()
      .from(assignments)
      .where(and(eq(assignments.districtId, input.districtId), eq(assignments.kind, "principal")));
    const clash = principalClash(existing, { ...input, schoolId, acting: input.kind === "principal" && input.acting });
    if (clash) {
      const other = await personById(tx, clash.personId);
      throw new AppError("CONFLICT", "assignment.principalClash", { name: other.name });
    }
    const [a] = await tx
      .insert(assignments)
      .values({ ...input, schoolId, acting: input.kind === "principal" && input.acting })
      .returning();
    if (!a) throw new Error("assignment insert returned nothing");
    await writeAudit(tx, {
      actorId: actor.personId,
      entityType: "assignment",
      entityId: a.id,
      action: "assignment_created",
      data: { ...input, schoolId },
    });
    await refreshSuperiors(tx, { districtId: input.districtId, now, scope: scopeOfAssignment(a) });
    return assignmentDto(a, person.name, school?.name ?? null);
  });
}

export async function setAssignmentEnd(db: Db, actor: SessionActor, id: string, endsOn: string | null, now: Date) {
  const [a] = await db.select().from(assignments).where(eq(assignments.id, id));
  if (!a) throw notFound();
  authorize(actor, { do: "assignment.end", hat: a, person: await personFacts(db, a.personId, now) });
  if (endsOn !== null && endsOn < a.startsOn) throw new AppError("VALIDATION", "assignment.invalidDates");
  const person = await personById(db, a.personId);
  const school = a.schoolId ? await schoolById(db, a.schoolId) : null;
  return db.transaction(async (tx) => {
    const [updated] = await tx.update(assignments).set({ endsOn }).where(eq(assignments.id, id)).returning();
    if (!updated) throw notFound();
    await writeAudit(tx, {
      actorId: actor.personId,
      entityType: "assignment",
      entityId: id,
      action: "assignment_end_changed",
      fromState: a.endsOn,
      toState: endsOn,
    });
    await refreshSuperiors(tx, { districtId: a.districtId, now, scope: scopeOfAssignment(a) });
    return assignmentDto(updated, person.name, school?.name ?? null);
  });
}
