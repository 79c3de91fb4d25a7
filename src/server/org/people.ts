import { and, eq, ne, type Placeholder, sql } from "drizzle-orm";
import type { Db, Queryable } from "../../db/client.js";
import { limitInText, preparedOn } from "../../db/prepared.js";
import { accounts, assignments, districtSearchWords, people, sessions } from "../../db/schema.js";
import type { EmploymentStatus } from "../../domain/org/types.js";
import { writeAudit } from "../core/audit.js";
import { authorize } from "../core/authorize.js";
import {
  cappedCountSql,
  cappedTotal,
  countOf,
  pageCount,
  SEARCH_COUNT_CAP,
  twoGroupCountSql,
} from "../core/capped-count.js";
import { afterPlaceholders, decodeCursor, decodeSearchCursor, encodeCursor, type SearchAfter } from "../core/cursor.js";
import { AppError } from "../core/errors.js";
import { generateTemporaryPassword, hashTemporaryPassword } from "../core/passwords.js";
import type { SessionActor } from "../core/session.js";
import { type SearchTerm, TERM_PLACEHOLDERS, termValues, wordSearch } from "../core/word-search.js";
import { scopeOfAssignment } from "../periods/refresh-scope.js";
import { refreshSuperiors } from "../periods/refresh-superiors.js";
import { personFacts } from "./facts.js";
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
  // The district's own hats in (name, person) order (assignments_district_person_name_idx), each
  // person once: walking every person by name and probing the district read the whole province's
  // names before it (10 districts: 504 people for a page of 51; the count, 10,559 for 1,001).
  const members = sql`(select distinct a.person_name, a.person_id from ${assignments} a
    where a.district_id = ${districtId}
      and ${after ? sql`(a.person_name, a.person_id) > (${after[0]}, ${after[1]}::uuid)` : sql`true`}
    order by a.person_name, a.person_id limit ${limitInText(limit + 1)}) as m`;
  // Each person with their username and hats: the page and what the policy reads in one statement.
  const rows = await db
    .select({ p: PERSON_DTO_COLUMNS, ...personViewColumns })
    .from(people)
    .innerJoin(members, sql`m.person_id = ${people.id}`)
    .orderBy(sql`m.person_name`, sql`m.person_id`);
  const total = await pageCount(rows.length, limit, !after, () =>
    countOf(
      db,
      sql`select ${cappedCountSql(sql`from (select distinct a.person_id from ${assignments} a where a.district_id = ${districtId}) as d`)} as n`,
    ),
  );
  const shown = rows.slice(0, limit);
  const last = shown.at(-1)?.p;
  return {
    people: personViewsOf(actor, shown, now),
    nextCursor: rows.length > limit && last ? encodeCursor([last.name, last.id]) : null,
    ...cappedTotal(total),
  };
}

/**
 * The people box's search (`wordSearch`): those a word of whose name or NIP starts with the term,
 * then those who contain it elsewhere, each group in its order; counted to `SEARCH_COUNT_CAP`.
 */
async function searchDistrictPeople(
  db: Db,
  actor: SessionActor,
  districtId: string,
  now: Date,
  page: PeoplePage & { q: string },
) {
  const { limit } = page;
  const after = decodeSearchCursor(page.cursor);
  const rows = await peopleSearchStatement(db, limit, after?.group ?? null).execute({
    districtId,
    ...termValues(page.q),
    afterKey: after?.key ?? null,
    afterId: after?.id ?? null,
  });
  // A page past the last match has no row to carry the count: asked apart (rare).
  const total =
    rows[0]?.n ??
    (after ? await countOf(db, sql`select ${peopleSearch(termValues(page.q), districtId, null, 1).count} as n`) : 0);
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return {
    people: personViewsOf(actor, shown, now),
    nextCursor: rows.length > limit && last ? encodeCursor([last.g, last.k, last.p.id]) : null,
    ...cappedTotal(total, SEARCH_COUNT_CAP),
  };
}

/**
 * The search's statement for one page size and cursor group, built once and prepared (a generic
 * plan; building it with Drizzle on every request had cost a fifth of the search's Node time).
 * The count rides along (an init plan, run once): a search is one statement, not two.
 */
function peopleSearchStatement(db: Db, limit: number, group: 0 | 1 | null) {
  const name = `people_search_${group ?? "first"}_${limit}`;
  return preparedOn(db, name, () => {
    const after = group === null ? null : afterPlaceholders(group);
    const search = peopleSearch(TERM_PLACEHOLDERS, sql.placeholder("districtId"), after, limit + 1);
    return db
      .select({
        p: PERSON_DTO_COLUMNS,
        ...personViewColumns,
        g: sql<number>`s.g`,
        k: sql<string>`s.k`,
        n: after === null ? sql<number>`s.n` : search.count,
      })
      .from(people)
      .innerJoin(search.ordered, sql`s.id = ${people.id}`)
      .orderBy(sql`s.g`, sql`s.pos`)
      .limit(limit + 1)
      .prepare(name);
  });
}

/**
 * `wordSearch` over one district's people: the page's rows `s (id, g, k, pos, n)` and the count.
 * A first page walks the word starts once for both (`hits`, to the count's cap; the page is its
 * head) and carries the count as `n`; a later page starts after its cursor and counts apart.
 */
function peopleSearch(term: SearchTerm, districtId: string | Placeholder, after: SearchAfter | null, take: number) {
  const search = wordSearch(term);
  const limit = sql.raw(String(Math.trunc(take)));
  // The district's own word starts: a walk that does not grow with the other districts.
  const inWords = sql`from ${districtSearchWords} w where w.district_id = ${districtId}::uuid and ${search.firstWordHit}`;
  // The second group from the district's own people (`district_people`'s GIN index on district and trigrams).
  const elsewhere = search.elsewhereIn(sql`${districtId}::uuid`);
  const afterWord =
    after === null
      ? sql`true`
      : after.group === 0
        ? sql`(w.suffix collate "C", w.person_id) > (${after.key}::text collate "C", ${after.id}::uuid)`
        : sql`false`;
  const afterName = after?.group === 1 ? sql`(m.name, m.id) > (${after.key}::text, ${after.id}::uuid)` : sql`true`;
  const cap = sql.raw(String(SEARCH_COUNT_CAP));
  // The first group: a later page's walk from its cursor, or a first page's head of `hits`.
  const first =
    after === null
      ? sql`hits as materialized (
      select w.person_id as id, w.suffix as k ${inWords}
      order by w.suffix collate "C", w.person_id limit ${cap} + 1
    ), a as materialized (
      select id, 0 as g, k, row_number() over (order by k collate "C", id) as pos from hits
      order by k collate "C", id limit ${limit}
    )`
      : sql`a as materialized (
      select w.person_id as id, 0 as g, w.suffix as k, row_number() over (order by w.suffix collate "C", w.person_id) as pos
      ${inWords} and ${afterWord}
      order by w.suffix collate "C", w.person_id limit ${limit}
    )`;
  const elsewhereCount = cappedCountSql(elsewhere, SEARCH_COUNT_CAP);
  const n = after === null ? twoGroupCountSql(sql`(select count(*) from hits)`, elsewhereCount) : sql`null::int`;
  // The second group is read only when the first leaves room on the page (a one-time filter).
  const ordered = sql`(with ${first}, m as materialized (
      -- The second group from its matches, not a walk of every name (see personOrSchoolSearch).
      select d.person_id as id, d.name ${elsewhere}
        and (select count(*) from a) < ${limit}
    ), b as materialized (
      select m.id, 1 as g, m.name as k, row_number() over (order by m.name, m.id) as pos from m
      where ${afterName}
      order by m.name, m.id limit ${limit}
    ) select u.*, ${n} as n from (select id, g, k::text as k, pos from a union all select id, g, k::text, pos from b) u) as s`;
  const count = twoGroupCountSql(cappedCountSql(inWords, SEARCH_COUNT_CAP), elsewhereCount);
  return { ordered, count };
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
