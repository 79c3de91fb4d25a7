/**
 * Seeded rule-set templates (2024, 2025, 2026). Source: /work/shared/DOMAIN.md §2 (how the rules
 * changed each year) and CATALOGUE.md (the catalogue they share). The templates differ only in
 * `settings`; a period copies a template into its own versioned rule set, which a district may edit.
 */
import type { RuleSetContent, RuleSetSettings, RuleSetTemplate } from "../types.js";
import { additionalDuties } from "./additional-duties.js";
import { behaviourAspects } from "./behaviour-aspects.js";
import { leadershipIndicators } from "./leadership-indicators.js";
import { practiceIndicators } from "./practice-indicators.js";
import { rhkItems } from "./rhk-items.js";

/** Each template gets its own copy so that editing one never changes another. */
function contentWith(settings: RuleSetSettings): RuleSetContent {
  return structuredClone({
    settings,
    practiceIndicators,
    leadershipIndicators,
    rhkItems,
    additionalDuties,
    behaviourAspects,
  });
}

const ANNUAL_WINDOWS: RuleSetSettings["defaultWindows"] = {
  period: { from: "01-01", to: "12-31" },
  planning: { from: "01-01", to: "03-31" },
  execution: { from: "02-01", to: "11-30" },
  assessment: { from: "12-01", to: "12-31" },
};

export const RULE_SET_TEMPLATES: RuleSetTemplate[] = [
  {
    code: "2024-semester",
    version: 1,
    name: "Aturan 2024 (semester)",
    content: contentWith({
      cadence: "semester",
      rhkPoints: { min: 32, max: 128 },
      evidenceUploadsRequired: true,
      competenceReflectionText: false,
      prePlanning: false,
      eligibleEmploymentStatuses: ["PNS", "PPPK"],
      // A week and a day before each window closes; the atasan a day after, the admins a week after.
      reminders: { beforeCloseDays: [7, 1], escalateAfterDays: [1, 7] },
      // Windows of the first semester (January–June).
      defaultWindows: {
        period: { from: "01-01", to: "06-30" },
        planning: { from: "01-01", to: "01-31" },
        execution: { from: "02-01", to: "06-15" },
        assessment: { from: "06-01", to: "06-30" },
      },
    }),
  },
  {
    code: "2025-annual",
    version: 1,
    name: "Aturan 2025 (tahunan)",
    content: contentWith({
      cadence: "annual",
      rhkPoints: { min: 32, max: 128 },
      evidenceUploadsRequired: false,
      competenceReflectionText: true,
      prePlanning: false,
      eligibleEmploymentStatuses: ["PNS", "PPPK"],
      // A week and a day before each window closes; the atasan a day after, the admins a week after.
      reminders: { beforeCloseDays: [7, 1], escalateAfterDays: [1, 7] },
      defaultWindows: ANNUAL_WINDOWS,
    }),
  },
  {
    code: "2026-annual",
    version: 1,
    name: "Aturan 2026 (tahunan)",
    content: contentWith({
      cadence: "annual",
      rhkPoints: null,
      evidenceUploadsRequired: false,
      competenceReflectionText: true,
      prePlanning: true,
      eligibleEmploymentStatuses: ["PNS", "PPPK"],
      // A week and a day before each window closes; the atasan a day after, the admins a week after.
      reminders: { beforeCloseDays: [7, 1], escalateAfterDays: [1, 7] },
      defaultWindows: { ...ANNUAL_WINDOWS, planning: { from: "01-01", to: "01-31" } },
    }),
  },
];

export function findTemplate(code: string): RuleSetTemplate | undefined {
  return RULE_SET_TEMPLATES.find((t) => t.code === code);
}
