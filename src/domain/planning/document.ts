import type { DocumentType } from "../documents/engine.js";
import { emptyPlanContent, type PlanContent, ZPlanContent } from "./content.js";
import { cleanBehaviourNotes, type PlanContext, type PlanProblem, planProblems } from "./rules.js";
import { PLAN_PENS, PLAN_STATUSES, PLAN_TRANSITIONS, type PlanAction, type PlanStatus } from "./state.js";

/** The plan (Perencanaan Kinerja) as a document type: the first document of every cycle. */
export const PLAN_DOCUMENT: DocumentType<
  "plan",
  PlanStatus,
  Exclude<PlanAction, "save">,
  PlanContent,
  PlanContext,
  PlanProblem
> = {
  kind: "plan",
  statuses: PLAN_STATUSES,
  initial: "draft",
  done: ["agreed"],
  transitions: PLAN_TRANSITIONS,
  pens: PLAN_PENS,
  schema: ZPlanContent,
  empty: emptyPlanContent,
  problems: planProblems,
  clean: (content, ctx) => ({ ...content, behaviourNotes: cleanBehaviourNotes(content.behaviourNotes, ctx.ruleSet) }),
  after: [],
};
