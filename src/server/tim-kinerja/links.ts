import { and, eq, sql } from "drizzle-orm";
import { anyUuid, chunks } from "../../db/chunks.js";
import type { Queryable } from "../../db/client.js";
import { assignments, auditEvents, people, timKinerjaSubjects } from "../../db/schema.js";
import { type LinkProblem, linkProblem } from "../../domain/org/tim-kinerja.js";
import type { AssignmentFact, IsoDate } from "../../domain/org/types.js";
import { HAT_COLUMNS } from "../org/facts.js";
import { refreshSuperiors } from "../periods/refresh-superiors.js";

export type Pair = { memberId: string; subjectId: string };

/** The people of the pairs as the district knows them: name, NIP, hats there (none = not of this district). */
export type Involved = Map<string, { name: string; nip: string | null; hats: AssignmentFact[] }>;

export async function loadInvolved(q: Queryable, districtId: string, personIds: readonly string[]): Promise<Involved> {
  const ids = [...new Set(personIds)];
  const out: Involved = new Map();
  for (const part of chunks(ids)) {
    const rows = await q
      .select({ personId: assignments.personId, ...HAT_COLUMNS, name: people.name, nip: people.nip })
      .from(assignments)
      .innerJoin(people, eq(people.id, assignments.personId))
      .where(and(eq(assignments.districtId, districtId), anyUuid(assignments.personId, part)));
    for (const { name, nip, ...hat } of rows) {
      const p = out.get(hat.personId);
      if (p) p.hats.push(hat);
      else out.set(hat.personId, { name, nip, hats: [hat] });
    }
  }
  return out;
}

/** What the rule says of one pair, `unknown*` when a person holds no hat in this district at all. */
export function pairProblem(
  pair: Pair,
  districtId: string,
  involved: Involved,
  today: IsoDate,
): LinkProblem | "unknownMember" | "unknownSubject" | null {
  if (pair.memberId === pair.subjectId) return "self";
  const member = involved.get(pair.memberId);
  const subject = involved.get(pair.subjectId);
  if (!member) return "unknownMember";
  if (!subject) return "unknownSubject";
  return linkProblem({ ...pair, districtId, hats: [...member.hats, ...subject.hats] }, today);
}

/** Which of these pairs are named already. */
export async function existingPairs(q: Queryable, pairs: readonly Pair[]): Promise<Set<string>> {
  const have = new Set<string>();
  for (const part of chunks(pairs)) {
    const { rows } = await q.execute<{ member_id: string; subject_id: string }>(sql`
      select l.member_id, l.subject_id from ${timKinerjaSubjects} l
      join unnest(${sql.param(part.map((p) => p.memberId))}::uuid[], ${sql.param(part.map((p) => p.subjectId))}::uuid[])
        as x(member_id, subject_id) on x.member_id = l.member_id and x.subject_id = l.subject_id`);
    for (const r of rows) have.add(`${r.member_id}:${r.subject_id}`);
  }
  return have;
}

export const pairKey = (p: Pair) => `${p.memberId}:${p.subjectId}`;

type Apply = { districtId: string; actorId: string; pairs: readonly Pair[]; now: Date; source: "form" | "csv" };

/**
 * Names the pairs (already checked), each with its audit event, and re-derives the assessors of
 * the subjects' cycles only (`cycle_assessors`), in the caller's transaction. Returns the pairs
 * that were new.
 */
export async function applyLinks(tx: Queryable, o: Apply): Promise<Pair[]> {
  const added: Pair[] = [];
  for (const part of chunks(o.pairs, 1_000)) {
    const rows = await tx
      .insert(timKinerjaSubjects)
      .values(part.map((p) => ({ districtId: o.districtId, memberId: p.memberId, subjectId: p.subjectId })))
      .onConflictDoNothing()
      .returning({
        id: timKinerjaSubjects.id,
        memberId: timKinerjaSubjects.memberId,
        subjectId: timKinerjaSubjects.subjectId,
      });
    if (rows.length === 0) continue;
    added.push(...rows);
    await tx.insert(auditEvents).values(
      rows.map((r) => ({
        actorId: o.actorId,
        actingAs: "admin",
        entityType: "tim_kinerja_subject",
        entityId: r.id,
        action: "tim_kinerja_assigned",
        data: { districtId: o.districtId, memberId: r.memberId, subjectId: r.subjectId, source: o.source },
      })),
    );
  }
  await refreshSubjects(
    tx,
    o.districtId,
    added.map((p) => p.subjectId),
    o.now,
  );
  return added;
}

/** Only the subjects' cycles: a change of who observes a KS moves nobody else's. */
export async function refreshSubjects(tx: Queryable, districtId: string, subjectIds: readonly string[], now: Date) {
  if (subjectIds.length === 0) return;
  await refreshSuperiors(tx, {
    districtId,
    now,
    scope: { kind: "around", personIds: [...new Set(subjectIds)], schoolIds: [], leaders: false },
  });
}
