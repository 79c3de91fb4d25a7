import { type AssignmentFact, type IsoDate, isActiveOn, principalClash } from "../org/types.js";
import type { GroupedRows } from "./group-rows.js";
import { planPeople } from "./plan-people.js";
import { planSchools } from "./plan-schools.js";
import type { Existing, ExistingAssignment, ImportPlan } from "./plan-types.js";
import type { RowError } from "./types.js";

export type PlanOptions = {
  file: GroupedRows;
  existing: Existing;
  districtId: string;
  /** The import date: stands in for an empty tanggal_mulai. */
  today: IsoDate;
  newId: () => string;
};

/**
 * Compares the validated file with what is stored and decides every write. Pure: the server
 * loads `existing`, calls this, and applies the plan only when there are no errors at all
 * (its own and the file's), so a file is imported whole or not at all.
 */
export function planImport({ file, existing, districtId, today, newId }: PlanOptions): ImportPlan {
  const schools = planSchools({ groups: file.schools, existing: existing.schools, districtId, newId });
  const people = planPeople({
    groups: file.people,
    existing: existing.people,
    takenUsernames: existing.takenUsernames,
    personDistricts: existing.personDistricts,
    districtId,
    newId,
  });

  const assignments: ImportPlan["assignments"] = { create: [], update: [], unchanged: 0 };
  const used = new Set<string>();
  const lineOf = new Map<string, number>();
  // Indexed by person: a re-import of a large district must not compare every row with every hat.
  const byPerson = new Map<string, ExistingAssignment[]>();
  for (const e of existing.assignments) {
    const list = byPerson.get(e.personId);
    if (list) list.push(e);
    else byPerson.set(e.personId, [e]);
  }
  for (const a of file.assignments) {
    const personId = people.ids.get(a.personKey);
    const schoolId = schools.ids.get(a.npsn);
    if (!personId || !schoolId) continue;
    const candidates = (byPerson.get(personId) ?? []).filter(
      (e) => !used.has(e.id) && e.kind === a.kind && e.schoolId === schoolId && e.acting === a.acting,
    );
    // An empty tanggal_mulai means "the current one": re-importing the file on another day must not duplicate it.
    const match: ExistingAssignment | undefined = a.startsGiven
      ? candidates.find((e) => e.startsOn === a.startsOn)
      : candidates.find((e) => isActiveOn(e, today));
    if (!match) {
      const { kind, acting, startsOn, endsOn } = a;
      const id = newId();
      lineOf.set(id, a.line);
      assignments.create.push({ id, personId, kind, districtId, schoolId, acting, startsOn, endsOn });
      continue;
    }
    used.add(match.id);
    if (match.endsOn !== a.endsOn) assignments.update.push({ id: match.id, endsOn: a.endsOn });
    else assignments.unchanged++;
  }

  return {
    schools: schools.plan,
    people: people.plan,
    assignments,
    accounts: people.accounts,
    errors: [
      ...file.errors,
      ...schools.errors,
      ...people.errors,
      ...principalErrors(existing, assignments.create, lineOf),
    ].sort((x, y) => x.line - y.line),
  };
}

/** The admin form's rule, applied to the file too: one KS and at most one Plt per school per date. */
function principalErrors(
  existing: Existing,
  created: ImportPlan["assignments"]["create"],
  lineOf: Map<string, number>,
): RowError[] {
  const known = new Map<string, ExistingAssignment>();
  for (const a of [...existing.schoolPrincipals, ...existing.assignments])
    if (a.kind === "principal") known.set(a.id, a);
  // By school: a clash is only possible at the same school.
  const accepted = new Map<string | null, (AssignmentFact & { id: string })[]>();
  const accept = (fact: AssignmentFact & { id: string }) => {
    const list = accepted.get(fact.schoolId);
    if (list) list.push(fact);
    else accepted.set(fact.schoolId, [fact]);
  };
  for (const a of known.values()) accept({ ...a, districtId: "" });
  const errors: RowError[] = [];
  for (const a of created) {
    if (a.kind !== "principal") continue;
    const fact = { ...a, districtId: "" };
    if (principalClash(accepted.get(fact.schoolId) ?? [], fact)) {
      errors.push({ line: lineOf.get(a.id) ?? 0, column: "peran", message: PRINCIPAL_CLASH });
    } else accept(fact);
  }
  return errors;
}

const PRINCIPAL_CLASH =
  "Sekolah ini sudah punya kepala sekolah dengan status yang sama (definitif atau Plt) pada tanggal tersebut.";

export type ImportCounts = Record<
  "schools" | "people" | "assignments",
  { created: number; updated: number; unchanged: number }
>;

export function countPlan(plan: ImportPlan): ImportCounts {
  const count = (p: { create: unknown[]; update: unknown[]; unchanged: number }) => ({
    created: p.create.length,
    updated: p.update.length,
    unchanged: p.unchanged,
  });
  return { schools: count(plan.schools), people: count(plan.people), assignments: count(plan.assignments) };
}
