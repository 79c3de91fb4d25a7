import type { PlanStep } from "../../../domain/planning/content.js";
import type { PlanView } from "../../../server/planning/contract.js";
import type { PlanEditor } from "./usePlanEditor.js";

/** What every step component receives. `readOnly`: not the owner, not editable now, or in conflict. */
export type StepProps = {
  view: PlanView;
  editor: PlanEditor;
  readOnly: boolean;
  goTo: (step: PlanStep) => void;
};
