import { and, eq, inArray, or, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { assignments, districts, people, schools } from "../../db/schema.js";
import { adminDistricts, operatorSchools } from "../../domain/auth/policy.js";
import { writeAudit } from "../core/audit.js";
import { authorize } from "../core/authorize.js";
import { containsPattern, decodeCursor, encodeCursor, keyContains } from "../core/cursor.js";
import { AppError } from "../core/errors.js";
import type { SessionActor } from "../core/session.js";
import { personViews } from "./person-views.js";
import { schoolById, schoolDto, staffCounts } from "./queries.js";

export async function listDistrictsFor(db: Db, actor: SessionActor) {
  const ids = [...new Set(actor.hats.map((h) => h.districtId))];
  const managed = adminDistricts(actor);
  const rows = ids.length ? await db.select().from(districts).where(inArray(districts.id, ids)) : [];
  // Admins first: the admin UI takes the first district it may manage.
  return rows
    .sort((a, b) => Number(managed.includes(b.id)) - Number(managed.includes(a.id)))
    .map((d) => ({ id: d.id, code: d.code, name: d.name, timeZone: d.timeZone }));
}

type SchoolsPage = {
  districtId?: string | undefined;
  q?: string | undefined;
  cursor?: string | undefined;
  limit: number;
};

/**
 * Admin: the schools of their districts. Operator: their own schools. Anyone else: none. A page
 * at a time in (name, id) order, searched by name or NPSN, optionally of one district.
 */
export async function listSchoolsFor(db: Db, actor: SessionActor, page: SchoolsPage) {
  const after = decodeCursor(page.cursor, 2) as [string, string] | null;
  const dIds = adminDistricts(actor);
  const sIds = operatorSchools(actor);
  if (dIds.length === 0 && sIds.length === 0) return { schools: [], nextCursor: null };
  const pattern = containsPattern(page.q);
  const rows = await db
    .select()
    .from(schools)
    .where(
      and(
        or(
          ...(dIds.length ? [inArray(schools.districtId, dIds)] : []),
          ...(sIds.length ? [inArray(schools.id, sIds)] : []),
        ),
        page.districtId ? eq(schools.districtId, page.districtId) : undefined,
        pattern ? keyContains(schools.searchKey, pattern) : undefined,
        after ? sql`(${schools.name}, ${schools.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(schools.name, schools.id)
    .limit(page.limit + 1);
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  const counts = await staffCounts(
    db,
    shown.map((r) => r.id),
  );
  return {
    schools: shown.map((s) => schoolDto(s, counts.get(s.id) ?? 0)),
    nextCursor: rows.length > page.limit && last ? encodeCursor([last.name, last.id]) : null,
  };
}

export async function getSchoolDetail(db: Db, actor: SessionActor, schoolId: string, now: Date) {
  const school = await schoolById(db, schoolId);
  authorize(actor, { do: "school.manage", school: { districtId: school.districtId, schoolId } });
  const rows = await db
    .select({ a: assignments, person: people })
    .from(assignments)
    .innerJoin(people, eq(people.id, assignments.personId))
    .where(eq(assignments.schoolId, schoolId))
    .orderBy(people.name);
  const personMap = new Map(rows.map((r) => [r.person.id, r.person]));
  return {
    school: schoolDto(school, personMap.size),
    people: await personViews(db, actor, [...personMap.values()], now),
    assignments: rows.map((r) => ({
      id: r.a.id,
      personId: r.a.personId,
      personName: r.person.name,
      kind: r.a.kind,
      districtId: r.a.districtId,
      schoolId: r.a.schoolId,
      schoolName: school.name,
      acting: r.a.acting,
      startsOn: r.a.startsOn,
      endsOn: r.a.endsOn,
    })),
  };
}

type SchoolInput = { npsn: string; name: string; level: (typeof schools.$inferInsert)["level"]; address: string };

export async function createSchool(db: Db, actor: SessionActor, districtId: string, input: SchoolInput) {
  authorize(actor, { do: "school.create", districtId });
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: schools.id }).from(schools).where(eq(schools.npsn, input.npsn));
    if (taken) throw new AppError("CONFLICT", "school.npsnTaken", { npsn: input.npsn });
    const [s] = await tx
      .insert(schools)
      .values({ districtId, ...input })
      .returning();
    if (!s) throw new Error("school insert returned nothing");
    await writeAudit(tx, {
      actorId: actor.personId,
      entityType: "school",
      entityId: s.id,
      action: "school_created",
      data: { ...input },
    });
    return schoolDto(s, 0);
  });
}

export async function updateSchool(
  db: Db,
  actor: SessionActor,
  schoolId: string,
  patch: Partial<Omit<SchoolInput, "npsn">>,
) {
  const school = await schoolById(db, schoolId);
  authorize(actor, { do: "school.manage", school: { districtId: school.districtId, schoolId } });
  return db.transaction(async (tx) => {
    const [s] = await tx
      .update(schools)
      .set({ ...patch, updatedAt: new Date() })
      .where(and(eq(schools.id, schoolId)))
      .returning();
    if (!s) throw new Error("school update returned nothing");
    await writeAudit(tx, {
      actorId: actor.personId,
      entityType: "school",
      entityId: s.id,
      action: "school_updated",
      data: { before: { name: school.name, level: school.level, address: school.address }, after: patch },
    });
    const counts = await staffCounts(tx, [s.id]);
    return schoolDto(s, counts.get(s.id) ?? 0);
  });
}
