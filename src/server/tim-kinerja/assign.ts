import type { Db } from "../../db/client.js";
import { authorize } from "../core/authorize.js";
import { districtToday } from "../core/clock.js";
import { AppError, notFound } from "../core/errors.js";
import type { SessionActor } from "../core/session.js";
import { applyLinks, loadInvolved, type Pair, pairKey, pairProblem } from "./links.js";
import { schoolsWithKs } from "./principals.js";

type Assign = {
  actor: SessionActor;
  districtId: string;
  memberId: string;
  subjectIds: readonly string[];
  /** Schools whose KS (today's definitive KS, else the Plt) the member observes. */
  schoolIds: readonly string[];
  now: Date;
};

type Result = {
  subjectId: string | null;
  name: string;
  schoolName: string | null;
  outcome: "assigned" | "unchanged" | "noPrincipal";
};

/**
 * Names one member for the chosen KS and pengawas, and for the KS of the chosen schools. All or
 * nothing: a person or school outside the district is a 404, a pair the rule refuses (self, not a
 * member, not a KS or pengawas) a 400, and then nothing changes.
 */
export async function assignTimMember(db: Db, o: Assign): Promise<{ results: Result[] }> {
  authorize(o.actor, { do: "timKinerja.assign", districtId: o.districtId });
  const today = await districtToday(db, o.districtId, o.now);
  const bySchool = await schoolsWithKs(db, o.districtId, { ids: o.schoolIds }, today);
  if (bySchool.length !== new Set(o.schoolIds).size) throw notFound();
  const fromSchools = bySchool.flatMap((s) => (s.principalId ? [s.principalId] : []));
  const subjectIds = [...new Set([...o.subjectIds, ...fromSchools])];
  const involved = await loadInvolved(db, o.districtId, [o.memberId, ...subjectIds]);
  const pairs: Pair[] = subjectIds.map((subjectId) => ({ memberId: o.memberId, subjectId }));
  for (const pair of pairs) {
    const problem = pairProblem(pair, o.districtId, involved, today);
    if (problem === "unknownMember" || problem === "unknownSubject") throw notFound();
    const name = involved.get(problem === "notMember" ? pair.memberId : pair.subjectId)?.name ?? "";
    if (problem) throw new AppError("VALIDATION", `timKinerja.${problem}`, { name });
  }
  const added = await db.transaction((tx) =>
    applyLinks(tx, { districtId: o.districtId, actorId: o.actor.personId, pairs, now: o.now, source: "form" }),
  );
  const isNew = new Set(added.map(pairKey));
  const outcome = (subjectId: string) =>
    isNew.has(pairKey({ memberId: o.memberId, subjectId })) ? "assigned" : "unchanged";
  const results: Result[] = o.subjectIds.map((subjectId) => ({
    subjectId,
    name: involved.get(subjectId)?.name ?? "",
    schoolName: null,
    outcome: outcome(subjectId),
  }));
  for (const s of bySchool) {
    results.push({
      subjectId: s.principalId,
      name: s.principalId ? (involved.get(s.principalId)?.name ?? "") : "",
      schoolName: s.name,
      outcome: s.principalId ? outcome(s.principalId) : "noPrincipal",
    });
  }
  return { results };
}
