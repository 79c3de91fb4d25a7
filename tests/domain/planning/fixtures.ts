import { emptyPlanContent, type PlanContent } from "../../../src/domain/planning/content.js";
import type { PlanContext } from "../../../src/domain/planning/rules.js";
import { findTemplate } from "../../../src/domain/rulesets/catalogue/templates.js";
import type { RuleSetContent } from "../../../src/domain/rulesets/types.js";

export function ruleSet(code: "2024-semester" | "2025-annual" | "2026-annual"): RuleSetContent {
  const t = findTemplate(code);
  if (!t) throw new Error(code);
  return t.content;
}

export const guruCtx = (code: "2024-semester" | "2025-annual" | "2026-annual" = "2025-annual"): PlanContext => ({
  track: "guru",
  ruleSet: ruleSet(code),
  correctionReported: false,
  supervisedSchoolIds: [],
});

/** A plan that satisfies the 2025 rules: 40 points, no duties. */
export function completeGuruPlan(): PlanContent {
  return {
    ...emptyPlanContent(),
    profileConfirmed: true,
    indicatorCode: "umpan-balik-konstruktif",
    rhk: [
      { code: "penggerak-komunitas-belajar", quantity: 1 },
      { code: "peserta-webinar", quantity: 1 },
    ],
    noDuties: true,
  };
}
