import { and, gt, inArray } from "drizzle-orm";
import { anyUuid, chunks, inIdPages } from "../../db/chunks.js";
import type { Queryable } from "../../db/client.js";
import { timKinerjaSubjects } from "../../db/schema.js";
import type { AssignmentFact } from "../../domain/org/types.js";
import { breather } from "../core/breather.js";

type Link = { memberId: string; subjectId: string; districtId: string };

/**
 * The Tim Kinerja members named for these subjects (or, with `null`, every link of the district),
 * for `superiorOn`: a few thousand rows per district at most (one per KS or pengawas, usually).
 * Every loader of facts for a KS or pengawas subject goes through here or reads the table in SQL
 * the same way (`cycleFactsSql`, the planning queue).
 */
export async function namedLinks(
  q: Queryable,
  districtIds: readonly string[],
  subjectIds: readonly string[] | null,
): Promise<Link[]> {
  if (districtIds.length === 0 || subjectIds?.length === 0) return [];
  const inDistricts = inArray(timKinerjaSubjects.districtId, [...new Set(districtIds)]);
  const cols = {
    id: timKinerjaSubjects.id,
    memberId: timKinerjaSubjects.memberId,
    subjectId: timKinerjaSubjects.subjectId,
    districtId: timKinerjaSubjects.districtId,
  };
  if (subjectIds === null) {
    return inIdPages(
      (after, limit) =>
        q
          .select(cols)
          .from(timKinerjaSubjects)
          .where(and(inDistricts, after ? gt(timKinerjaSubjects.id, after) : undefined))
          .orderBy(timKinerjaSubjects.id)
          .limit(limit),
      breather,
    );
  }
  const out: Link[] = [];
  for (const ids of chunks([...new Set(subjectIds)])) {
    out.push(
      ...(await q
        .select(cols)
        .from(timKinerjaSubjects)
        .where(and(inDistricts, anyUuid(timKinerjaSubjects.subjectId, ids)))),
    );
  }
  return out;
}

/** Puts each member's named subjects on their tim_kinerja hats of the link's district (`AssignmentFact.namedSubjectIds`). */
export function withNamedSubjects<T extends AssignmentFact>(facts: readonly T[], links: readonly Link[]): T[] {
  if (links.length === 0) return [...facts];
  const byMember = new Map<string, string[]>();
  for (const l of links) {
    const key = `${l.districtId}:${l.memberId}`;
    const list = byMember.get(key);
    if (list) list.push(l.subjectId);
    else byMember.set(key, [l.subjectId]);
  }
  return facts.map((f) => {
    const named = f.kind === "tim_kinerja" ? byMember.get(`${f.districtId}:${f.personId}`) : undefined;
    return named ? { ...f, namedSubjectIds: named } : f;
  });
}
