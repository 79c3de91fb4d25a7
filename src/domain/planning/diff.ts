import type { PlanContent, PlanStep } from "./content.js";

const FIELDS_BY_STEP: [PlanStep, (keyof PlanContent)[]][] = [
  ["profil", ["profileConfirmed"]],
  ["praktik", ["indicatorCode", "schoolIds"]],
  ["kompetensi", ["rhk"]],
  ["tugas", ["noDuties", "duties"]],
  ["perilaku", ["behaviourNotes"]],
];

/** Which steps differ between two versions of a plan: the "what changed" of the history. */
export function changedSteps(before: PlanContent, after: PlanContent): PlanStep[] {
  return FIELDS_BY_STEP.filter(([, fields]) =>
    fields.some((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f])),
  ).map(([step]) => step);
}
