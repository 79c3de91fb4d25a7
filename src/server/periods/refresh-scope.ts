import type { AssignmentFact } from "../../domain/org/types.js";

/**
 * Which cycles an org change can move: the whole district (import, hourly run), or the people and
 * schools touched plus, with `leaders`, the cycles the Kepala Dinas and Tim Kinerja assess.
 */
export type RefreshScope =
  | { kind: "district" }
  | { kind: "around"; personIds: string[]; schoolIds: string[]; leaders: boolean };

/**
 * A changed assignment refreshes its holder's cycles; a principal (or Plt) hat also that school's
 * cycles; a Kepala Dinas or Tim Kinerja hat the district's KS and pengawas cycles.
 */
export function scopeOfAssignment(a: Pick<AssignmentFact, "personId" | "kind" | "schoolId">): RefreshScope {
  return {
    kind: "around",
    personIds: [a.personId],
    schoolIds: a.kind === "principal" && a.schoolId ? [a.schoolId] : [],
    leaders: a.kind === "head_of_district" || a.kind === "tim_kinerja",
  };
}
