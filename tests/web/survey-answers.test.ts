import { describe, expect, it } from "vitest";
import { DEFAULT_SURVEY_QUESTIONS } from "../../src/domain/practice/pengawas/survey.js";
import type { SurveyQuestion } from "../../src/domain/rulesets/types.js";
import { answersToSend, missingRequired } from "../../src/web/survey/answers.js";

const questions: SurveyQuestion[] = [
  { type: "scale", code: "a", text: "A", options: ["x", "y"], required: true, confirmed: false },
  { type: "text", code: "b", text: "B", maxLength: 10, required: true, confirmed: false },
  { type: "text", code: "c", text: "C", maxLength: 10, required: false, confirmed: false },
];

describe("the KS's survey answers on the phone", () => {
  it("leaves blank texts out, keeps scale choices and written texts", () => {
    expect(answersToSend({ a: 2, b: "  ", c: "ok" })).toEqual({ a: 2, c: "ok" });
    expect(answersToSend({})).toEqual({});
  });

  it("counts the required questions still unanswered, blank text included; optional ones never", () => {
    expect(missingRequired(questions, {})).toBe(2);
    expect(missingRequired(questions, { a: 1, b: " " })).toBe(1);
    expect(missingRequired(questions, { a: 1, b: "jawab" })).toBe(0);
  });

  it("our default set asks every question but the last (saran) before it can be sent", () => {
    expect(missingRequired(DEFAULT_SURVEY_QUESTIONS, {})).toBe(DEFAULT_SURVEY_QUESTIONS.length - 1);
  });
});
