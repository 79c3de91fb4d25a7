import { type SurveyAnswers, surveyProblems } from "../../domain/practice/pengawas/survey.js";
import type { SurveyQuestion } from "../../domain/rulesets/types.js";

/** What the KS has filled in so far: a scale's option place (1-based) or a text, by question code. */
export type SurveyDraft = Record<string, number | string>;

/** The answers to hand in: blank texts left out (an optional question left empty is no answer). */
export function answersToSend(draft: SurveyDraft): SurveyAnswers {
  return Object.fromEntries(Object.entries(draft).filter(([, a]) => typeof a === "number" || a.trim() !== ""));
}

/** How many required questions are still unanswered: the domain's own rule, counted for the button. */
export function missingRequired(questions: readonly SurveyQuestion[], draft: SurveyDraft): number {
  return surveyProblems(answersToSend(draft), questions).filter((p) => p.code === "practice.survey.answerRequired")
    .length;
}
