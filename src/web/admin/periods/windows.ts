import { z } from "zod";
import type { ZTemplateInfo, ZWindows } from "../../../server/periods/contract.js";

export type Windows = z.infer<typeof ZWindows>;
type Template = z.infer<typeof ZTemplateInfo>;

export const WINDOW_FIELDS = [
  "startsOn",
  "endsOn",
  "planningOpensOn",
  "planningClosesOn",
  "executionOpensOn",
  "executionClosesOn",
  "assessmentOpensOn",
  "assessmentClosesOn",
] as const;

const ZMonthDay = z.string().regex(/^\d{2}-\d{2}$/);
const ZWindow = z.object({ from: ZMonthDay, to: ZMonthDay });
// The contract passes the template's month-day windows through; read them with the domain's shape.
const ZDefaultWindows = z.object({ period: ZWindow, planning: ZWindow, execution: ZWindow, assessment: ZWindow });

export const EMPTY_WINDOWS: Windows = {
  startsOn: "",
  endsOn: "",
  planningOpensOn: "",
  planningClosesOn: "",
  executionOpensOn: "",
  executionClosesOn: "",
  assessmentOpensOn: "",
  assessmentClosesOn: "",
};

/** Month-day pairs of a template → the 8 dates of a period starting in `year`. */
export function windowsFor(template: Template, year: number): Windows {
  const parsed = ZDefaultWindows.safeParse(template.defaultWindows);
  if (!parsed.success || !Number.isInteger(year) || year < 2000 || year > 2100) return EMPTY_WINDOWS;
  const w = parsed.data;
  // A month-day before the period's start belongs to the following year (a window across New Year).
  const at = (md: string) => `${md < w.period.from ? year + 1 : year}-${md}`;
  return {
    startsOn: at(w.period.from),
    endsOn: at(w.period.to),
    planningOpensOn: at(w.planning.from),
    planningClosesOn: at(w.planning.to),
    executionOpensOn: at(w.execution.from),
    executionClosesOn: at(w.execution.to),
    assessmentOpensOn: at(w.assessment.from),
    assessmentClosesOn: at(w.assessment.to),
  };
}
