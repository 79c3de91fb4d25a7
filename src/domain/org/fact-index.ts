import { type CycleSubject, type SuperiorResult, subjectOn, superiorOn } from "./assessors.js";
import type { AssignmentFact, IsoDate } from "./types.js";

/**
 * `subjectOn` and `superiorOn` read a list of assignments. Deriving thousands of cycles against the
 * whole district's list is quadratic; this index hands each call only the assignments it reads:
 * the person's own, the principals of the subject's school, and the district-wide hats.
 */
export type FactIndex = {
  byPerson: Map<string, AssignmentFact[]>;
  principalsBySchool: Map<string, AssignmentFact[]>;
  districtWide: AssignmentFact[];
};

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexFacts(facts: readonly AssignmentFact[]): FactIndex {
  const index: FactIndex = { byPerson: new Map(), principalsBySchool: new Map(), districtWide: [] };
  for (const f of facts) {
    push(index.byPerson, f.personId, f);
    if (f.kind === "principal" && f.schoolId) push(index.principalsBySchool, f.schoolId, f);
    if (f.kind === "head_of_district" || f.kind === "tim_kinerja") index.districtWide.push(f);
  }
  return index;
}

/** `subjectOn` over the index: the same answer as over the full list. */
export function indexedSubjectOn(index: FactIndex, personId: string, date: IsoDate): CycleSubject | null {
  return subjectOn(personId, index.byPerson.get(personId) ?? [], date);
}

/** `superiorOn` over the index: the same answer as over the full list. */
export function indexedSuperiorOn(index: FactIndex, subject: CycleSubject, date: IsoDate): SuperiorResult {
  const principals = subject.schoolId ? (index.principalsBySchool.get(subject.schoolId) ?? []) : [];
  return superiorOn(subject, [...principals, ...index.districtWide], date);
}
