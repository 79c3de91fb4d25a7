import { and, eq, ne, type SQL, sql } from "drizzle-orm";
import type { Db, Queryable } from "../../db/client.js";
import { limitInText, preparedOn } from "../../db/prepared.js";
import { accounts, assignments, people, sessions } from "../../db/schema.js";
import type { EmploymentStatus } from "../../domain/org/types.js";
import { writeAudit } from "../core/audit.js";
import { authorize } from "../core/authorize.js";
import { cappedCountSql, cappedTotal, countOf } from "../core/capped-count.js";
import { decodeCursor, encodeCursor } from "../core/cursor.js";
import { AppError } from "../core/errors.js";
import { generateTemporaryPassword, hashTemporaryPassword } from "../core/passwords.js";
import type { SessionActor } from "../core/session.js";
import { scopeOfAssignment } from "../periods/refresh-scope.js";
import { refreshSuperiors } from "../periods/refresh-superiors.js";
import { personFacts } from "./facts.js";
import { searchDistrictPeople } from "./people-search.js";
import { personViewColumns, personViews, personViewsOf } from "./person-views.js";
import { PERSON_DTO_COLUMNS, personById, schoolById } from "./queries.js";

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

type PeoplePage = { q?: string | undefined; cursor?: string | undefined; limit: number };

/** One page of the district's people in name order, with the number of matches (up to `COUNT_CAP`). */
export async function listDistrictPeople(db: Db, actor: SessionActor, districtId: string, now: Date, page: PeoplePage) {
  authorize(actor, { do: "district.manage", districtId });
  if (page.q) return searchDistrictPeople(db, actor, districtId, now, { ...page, q: page.q });
  const { limit } = page;
  const after = decodeCursor(page.cursor, 2) as [string, string] | null;
  const rows = await peopleListStatement(db, after !== null, limit).execute({
    districtId,
    afterName: after?.[0] ?? null,
    afterId: after?.[1] ?? null,
  });
  // A page past the last person has no row to carry the count: asked apart (rare).
  const total =
    rows[0]?.n ?? (after ? await countOf(db, sql`select ${peopleCount(sql`${districtId}::uuid`)} as n`) : 0);
  const shown = rows.slice(0, limit);
  const last = shown.at(-1)?.p;
  return {
    people: personViewsOf(actor, shown, now),
    nextCursor: rows.length > limit && last ? encodeCursor([last.name, last.id]) : null,
    ...cappedTotal(total),
  };
}

/** The district's people, counted to `COUNT_CAP`: its hats' people (`assignments_district_person_idx`). */
const peopleCount = (districtId: SQL) =>
  cappedCountSql(
    sql`from (select distinct a.person_id from ${assignments} a where a.district_id = ${districtId}) as d`,
  );

/**
 * The list's statement for a first or a later page of one size, built once and prepared (Drizzle
 * built it on every request), its count riding along (an init plan: one statement, not two).
 */
function peopleListStatement(db: Db, cursor: boolean, limit: number) {
  const name = `people_list_${Number(cursor)}_${limit}`;
  return preparedOn(db, name, () => {
    const p = sql.placeholder;
    const district = sql`${p("districtId")}::uuid`;
    // The district's own hats in (name, person) order (assignments_district_person_name_idx), each
    // person once: walking every person by name and probing the district read the whole province's
    // names before it (10 districts: 504 people for a page of 51; the count, 10,559 for 1,001).
    const members = sql`(select distinct a.person_name, a.person_id from ${assignments} a
      where a.district_id = ${district}
        and ${cursor ? sql`(a.person_name, a.person_id) > (${p("afterName")}::text, ${p("afterId")}::uuid)` : sql`true`}
      order by a.person_name, a.person_id limit ${limitInText(limit + 1)}) as m`;
    // Each person with their username and hats: the page and what the policy reads in one statement.
    return (
      db
        .select({ p: PERSON_DTO_COLUMNS, ...personViewColumns, n: peopleCount(district) })
        .from(members)
        // A probe of the primary key per person of the page (the LIMIT keeps it from becoming a join
        // PostgreSQL could hash over every person).
        .crossJoinLateral(db.select().from(people).where(sql`${people.id} = m.person_id`).limit(1).as("people"))
        .orderBy(sql`m.person_name`, sql`m.person_id`)
        .prepare(name)
    );
  });
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
  now: Date,
) {
  const school = await schoolById(db, schoolId);
  authorize(actor, { do: "person.create", school: { districtId: school.districtId, schoolId } });
  const username = input.nip ?? input.email?.toLowerCase() ?? null;
  const temporaryPassword = username ? generateTemporaryPassword() : null;
  const passwordHash = temporaryPassword ? hashTemporaryPassword(temporaryPassword) : null;
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
    await refreshSuperiors(tx, {
      districtId: school.districtId,
      now,
      scope: scopeOfAssignment({ personId: p.id, kind: "teacher", schoolId }),
    });
    return p;
  });
  const [view] = await personViews(db, actor, [person], now);
  return { person: view as NonNullable<typeof view>, temporaryPassword };
}

/**
 * Creates the person's account, or resets its password: a one-time password that must be
 * changed at sign-in, and every open session of that account ends.
 */
export async function resetAccount(db: Db, actor: SessionActor, personId: string, now: Date) {
  const person = await personById(db, personId);
  authorize(actor, { do: "account.reset", person: await personFacts(db, personId, now) });
  const [existing] = await db.select().from(accounts).where(eq(accounts.personId, personId));
  const username = existing?.username ?? person.nip ?? person.email?.toLowerCase() ?? null;
  if (!username) throw new AppError("VALIDATION", "account.noUsername");
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = hashTemporaryPassword(temporaryPassword);
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

export async function updatePerson(
  db: Db,
  actor: SessionActor,
  personId: string,
  patch: Partial<PersonInput>,
  now: Date,
) {
  const before = await personById(db, personId);
  authorize(actor, { do: "person.update", person: await personFacts(db, personId, now) });
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
  const [view] = await personViews(db, actor, [updated], now);
  return view as NonNullable<typeof view>;
}
