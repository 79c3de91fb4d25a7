import { z } from "zod";
import { EMPLOYMENT_STATUSES } from "../org/types.js";
import { ZReminderSettings } from "./reminders.js";

/**
 * A rule set is data, not a code fork (DOMAIN.md §2): each year's rules are a template,
 * copied into a versioned row when a period is opened, editable by a district.
 */

export const ZTargetBehaviour = z.object({
  code: z.string().min(1),
  title: z.string().min(1),
  /** Behaviours to do (+). */
  recommended: z.array(z.string().min(1)).min(1),
  /** Behaviours to avoid (−); read in reverse when observed. */
  avoid: z.array(z.string().min(1)).min(1),
});

export const ZPracticeIndicator = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  group: z.string().min(1),
  description: z.string().min(1),
  targets: z.array(ZTargetBehaviour).min(1),
  /** False where the content is our own wording, so a district knows what to check. */
  confirmed: z.boolean(),
});

export const ZLeadershipIndicator = ZPracticeIndicator.extend({
  evidence: z.array(z.string().min(1)),
});

export const ZRhkItem = z.object({
  code: z.string().min(1),
  role: z.string().min(1),
  unit: z.string().min(1),
  evidence: z.string().min(1),
  points: z.number().int().positive(),
  confirmed: z.boolean(),
});

export const ZAdditionalDuty = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  /** Jam pelajaran per week it counts for, where known. */
  hoursPerWeek: z.number().int().positive().nullable(),
  confirmed: z.boolean(),
});

export const ZBehaviourAspect = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  meaning: z.string().min(1),
  behaviours: z.array(z.string().min(1)).length(3),
});

/**
 * One question of the survey a pengawas sends to the KS of their focus school during the
 * pendampingan (seed 002: "survei akan dibagikan kepada Kepala Sekolah"). A `scale` answer is the
 * place (1-based) of one of `options`; a `text` answer is a note of at most `maxLength` characters.
 */
export const ZSurveyQuestion = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("scale"),
    code: z.string().min(1),
    text: z.string().min(1),
    /** From the lowest to the highest, e.g. "Sangat tidak setuju" … "Sangat setuju". */
    options: z.array(z.string().min(1)).min(2).max(7),
    required: z.boolean(),
    confirmed: z.boolean(),
  }),
  z.object({
    type: z.literal("text"),
    code: z.string().min(1),
    text: z.string().min(1),
    maxLength: z.number().int().min(1).max(2000),
    required: z.boolean(),
    confirmed: z.boolean(),
  }),
]);

/** Month-day of a window, e.g. "01-01"; a period opened for a year turns these into dates. */
const ZMonthDay = z.string().regex(/^\d{2}-\d{2}$/);
const ZWindow = z.object({ from: ZMonthDay, to: ZMonthDay });

export const ZRuleSetSettings = z.object({
  cadence: z.enum(["semester", "annual"]),
  /** RHK point limits per period; null = the rule set has no points (2026). */
  rhkPoints: z.object({ min: z.number().int().nonnegative(), max: z.number().int().positive() }).nullable(),
  evidenceUploadsRequired: z.boolean(),
  /** 2025: competence is shown by a reflection text instead of uploads. */
  competenceReflectionText: z.boolean(),
  /** 2026: a pre-planning step for data and Tim Kinerja. */
  prePlanning: z.boolean(),
  eligibleEmploymentStatuses: z.array(z.enum(EMPLOYMENT_STATUSES)).min(1),
  defaultWindows: z.object({
    period: ZWindow,
    planning: ZWindow,
    execution: ZWindow,
    assessment: ZWindow,
  }),
  /** Deadline reminders and escalation (`rulesets/reminders.ts`); absent in rule sets stored before them. */
  reminders: ZReminderSettings.optional(),
});

export const ZRuleSetContent = z.object({
  settings: ZRuleSetSettings,
  practiceIndicators: z.array(ZPracticeIndicator).length(8),
  leadershipIndicators: z.array(ZLeadershipIndicator).length(8),
  rhkItems: z.array(ZRhkItem),
  additionalDuties: z.array(ZAdditionalDuty),
  behaviourAspects: z.array(ZBehaviourAspect).length(7),
  /**
   * The pengawas's survey to the KS. Optional: a rule set stored before it existed (or one that
   * does not say) uses the default set of `practice/pengawas/survey.ts` (`surveyQuestions`).
   */
  pengawasSurvey: z.array(ZSurveyQuestion).min(1).max(30).optional(),
});

export type TargetBehaviour = z.infer<typeof ZTargetBehaviour>;
export type PracticeIndicator = z.infer<typeof ZPracticeIndicator>;
export type LeadershipIndicator = z.infer<typeof ZLeadershipIndicator>;
export type RhkItem = z.infer<typeof ZRhkItem>;
export type AdditionalDuty = z.infer<typeof ZAdditionalDuty>;
export type BehaviourAspect = z.infer<typeof ZBehaviourAspect>;
export type SurveyQuestion = z.infer<typeof ZSurveyQuestion>;
export type RuleSetSettings = z.infer<typeof ZRuleSetSettings>;
export type RuleSetContent = z.infer<typeof ZRuleSetContent>;

export type RuleSetTemplate = {
  code: string;
  version: number;
  name: string;
  content: RuleSetContent;
};
