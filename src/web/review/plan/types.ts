import type { PlanContent } from "../../../domain/planning/content.js";
import type { PlanView } from "../../../server/planning/contract.js";

/** What a section needs: the whole view (rule set, person) and the content to show (current or archived). */
export type SectionProps = { view: PlanView; content: PlanContent };
