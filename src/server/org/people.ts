import { and, eq, ilike, inArray, ne, or } from "drizzle-orm";
import type { Db, Queryable } from "../../db/client.js";
import { accounts, assignments, people, sessions } from "../../db/schema.js";
import { type Actor, canManageSchool, isAdminOf } from "../../domain/auth/policy.js";
import type { EmploymentStatus } from "../../domain/org/types.js";
import { writeAudit } from "../core/audit.js";
import { AppError, forbidden } from "../core/errors.js";
import { generateTemporaryPassword, hashPassword } from "../core/passwords.js";
import { type SessionActor, todayIso } from "../core/session.js";
import { refreshSuperiors } from "../periods/refresh-superiors.js";
import { personById, personDto, schoolById, usernames } from "./queries.js";

export type PersonInput = {
  nip: string | null;
  nuptk: string | null;
  name: string;
  email: string | null;
  employmentStatus: EmploymentStatus;
  rank: string;
  positionLevel: string;
  ptkType: string;
  additionalDuties: string[];
};

export async function listDistrictPeople(db: Db, actor: SessionActor, districtId: string, q?: string) {
  if (!isAdminOf(actor, districtId)) throw forbidden();
  const inDistrict = db
    .selectDistinct({ id: assignments.personId })
    .from(assignments)
    .where(eq(assignments.districtId, districtId));
  // % and _ typed in the search box are searched for, not wildcards.
  const pattern = q ? `%${q.replace(/[\\%_]/g, "\\$&")}%` : null;
  const search = pattern ? or(ilike(people.name, pattern), ilike(people.nip, pattern)) : undefined;
  const rows = await db
    .select()
    .from(people)
    .where(and(inArray(people.id, inDistrict), search))
    .orderBy(people.name)
    .limit(500);
  const names = await usernames(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((p) => personDto(p, names.get(p.id) ?? null));
}

/** NIP, NUPTK and e-mail identify a person: refuse one already used by someone else. */
async function assertIdentityFree(tx: Queryable, input: Partial<PersonInput>, exceptId?: string) {
  const checks = [
    ["NIP", people.nip, input.nip],
    ["NUPTK", people.nuptk, input.nuptk],
    ["E-mail", people.email, input.email],
  ] as const;
  for (const [field, column, value] of checks) {
    if (!value) continue;
    const [hit] = await tx
      .select({ id: people.id })
      .from(people)
      .where(and(eq(column, value), exceptId ? ne(people.id, exceptId) : undefined));
    if (hit) throw new AppError("CONFLICT", "person.identityTaken", { field, value });
  }
}

/** Adds a teacher to a school, with an account (username NIP, else e-mail) and a one-time password. */
export async function createTeacher(
  db: Db,
  actor: SessionActor,
  schoolId: string,
  input: PersonInput & { startsOn: string },
) {
  const school = await schoolById(db, schoolId);
  if (!canManageSchool(actor, { districtId: school.districtId, schoolId })) throw forbidden();
  const username = input.nip ?? input.email?.toLowerCase() ?? null;
  const temporaryPassword = username ? generateTemporaryPassword() : null;
  const passwordHash = temporaryPassword ? await hashPassword(temporaryPassword) : null;
  const { startsOn, ...personInput } = input;
  const person = await db.transaction(async (tx) => {
    await assertIdentityFree(tx, personInput);
    const [p] = await tx.insert(people).values(personInput).returning();
    if (!p) throw new Error("person insert returned nothing");
    await tx
      .insert(assignments)
      .values({ personId: p.id, kind: "teacher", districtId: school.districtId, schoolId, startsOn });
    if (username && passwordHash) {
      await tx.insert(accounts).values({ personId: p.id, username, passwordHash, mustChangePassword: true });
    }
    await writeAudit(tx, {
      actorId: actor.personId,
      entityType: "person",
      entityId: p.id,
      action: "person_created",
      data: { schoolId, username },
    });
    await refreshSuperiors(tx, school.districtId, todayIso());
    return p;
  });
  return { person: personDto(person, username), temporaryPassword };
}

/**
 * Creates the person's account, or resets its password: a one-time password that must be
 * changed at sign-in, and every open session of that account ends.
 */
export async function resetAccount(db: Db, actor: SessionActor, personId: string) {
  const person = await personById(db, personId);
  if (!(await canEditPerson(db, actor, personId))) throw forbidden();
  const [existing] = await db.select().from(accounts).where(eq(accounts.personId, personId));
  const username = existing?.username ?? person.nip ?? person.email?.toLowerCase() ?? null;
  if (!username) throw new AppError("VALIDATION", "account.noUsername");
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  await db.transaction(async (tx) => {
    await tx
      .insert(accounts)
      .values({ personId, username, passwordHash, mustChangePassword: true })
      .onConflictDoUpdate({
        target: accounts.personId,
        set: { passwordHash, mustChangePassword: true, failedAttempts: 0, lockedUntil: null, updatedAt: new Date() },
      });
    await tx.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.personId, personId));
    await writeAudit(tx, {
      actorId: actor.personId,
      entityType: "account",
      entityId: personId,
      action: existing ? "password_reset" : "account_created",
    });
  });
  return { username, temporaryPassword };
}

/** The admin of any district the person works in, or the operator of a school they teach at. */
async function canEditPerson(db: Db, actor: Actor, personId: string): Promise<boolean> {
  const hats = await db.select().from(assignments).where(eq(assignments.personId, personId));
  return hats.some(
    (a) =>
      isAdminOf(actor, a.districtId) ||
      (a.kind === "teacher" &&
        a.schoolId !== null &&
        canManageSchool(actor, { districtId: a.districtId, schoolId: a.schoolId })),
  );
}

export async function updatePerson(db: Db, actor: SessionActor, personId: string, patch: Partial<PersonInput>) {
  const before = await personById(db, personId);
  if (!(await canEditPerson(db, actor, personId))) throw forbidden();
  const updated = await db.transaction(async (tx) => {
    await assertIdentityFree(tx, patch, personId);
    const [p] = await tx
      .update(people)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(people.id, personId))
      .returning();
    if (!p) throw new Error("person update returned nothing");
    const changed = Object.fromEntries(
      Object.entries(patch).filter(([k, v]) => JSON.stringify(before[k as keyof typeof before]) !== JSON.stringify(v)),
    );
    await writeAudit(tx, {
      actorId: actor.personId,
      entityType: "person",
      entityId: p.id,
      action: "person_updated",
      data: changed,
    });
    return p;
  });
  const names = await usernames(db, [personId]);
  return personDto(updated, names.get(personId) ?? null);
}
