import { type AssignmentFact, activeOn, type IsoDate } from "./types.js";

/**
 * Naming a Tim Kinerja member for a KS or pengawas (DOMAIN.md §1: the Dinas names pengawas and
 * others to observe and rate principals and supervisors; ~25 each). Why a link is refused:
 * - `self`: a member is never named for themselves (a pengawas on the team is observed by another member);
 * - `notMember`: the member holds no tim_kinerja hat in the district on that date;
 * - `notSubject`: the subject is neither a KS (definitive or Plt) nor a pengawas of the district on that date.
 */
export type LinkProblem = "self" | "notMember" | "notSubject";

export type LinkCandidate = {
  memberId: string;
  subjectId: string;
  districtId: string;
  /** The hats of both people (others are ignored). */
  hats: readonly AssignmentFact[];
};

export function linkProblem(c: LinkCandidate, date: IsoDate): LinkProblem | null {
  if (c.memberId === c.subjectId) return "self";
  const active = activeOn(c.hats, date).filter((a) => a.districtId === c.districtId);
  if (!active.some((a) => a.personId === c.memberId && a.kind === "tim_kinerja")) return "notMember";
  if (!active.some((a) => a.personId === c.subjectId && isSubjectHat(a))) return "notSubject";
  return null;
}

/** A hat whose holder the Dinas assesses with the Tim Kinerja: a KS (or Plt), or a pengawas. */
export function isSubjectHat(a: Pick<AssignmentFact, "kind">): boolean {
  return a.kind === "principal" || a.kind === "supervisor";
}

/** How many subjects a member should carry at most before the workload view warns (DOMAIN.md §1: ~25). */
export const SUBJECTS_PER_MEMBER = 25;
