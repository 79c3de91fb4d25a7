import { describe, expect, it } from "vitest";
import {
  DEFAULT_SURVEY_QUESTIONS,
  decideSurveyAnswer,
  newSurvey,
  type SurveyAnswers,
  type SurveyRecord,
  surveyProblems,
  surveyQuestions,
  surveyReadableBy,
  surveyState,
  ZSurveyAnswers,
} from "../../../src/domain/practice/pengawas/survey.js";
import { type SurveyQuestion, ZRuleSetContent, ZSurveyQuestion } from "../../../src/domain/rulesets/types.js";
import { ruleSet } from "../planning/fixtures.js";
import { OTHER_SCHOOL, PLAN_SCHOOLS } from "./fixtures.js";

const QUESTIONS: SurveyQuestion[] = [
  {
    type: "scale",
    code: "teratur",
    text: "Teratur?",
    options: ["Tidak", "Kadang", "Ya"],
    required: true,
    confirmed: true,
  },
  { type: "text", code: "perubahan", text: "Perubahan?", maxLength: 20, required: true, confirmed: true },
  { type: "text", code: "saran", text: "Saran?", maxLength: 20, required: false, confirmed: true },
];
const complete: SurveyAnswers = { teratur: 3, perubahan: "Rapat berbasis data" };
const codes = (list: { code: string }[]) => list.map((p) => p.code);

describe("the survey's questions", () => {
  it("the default set is ours, well-formed, with unique codes and at least one required question", () => {
    for (const q of DEFAULT_SURVEY_QUESTIONS) {
      expect(ZSurveyQuestion.parse(q)).toEqual(q);
      expect(q.confirmed).toBe(false);
    }
    const all = DEFAULT_SURVEY_QUESTIONS.map((q) => q.code);
    expect(new Set(all).size).toBe(all.length);
    expect(DEFAULT_SURVEY_QUESTIONS.some((q) => q.required)).toBe(true);
  });

  it("come from the rule set where it names them, else the default set", () => {
    const rs = ruleSet("2025-annual");
    expect(rs.pengawasSurvey).toBeUndefined();
    expect(surveyQuestions(rs)).toBe(DEFAULT_SURVEY_QUESTIONS);
    expect(surveyQuestions({ ...rs, pengawasSurvey: QUESTIONS })).toBe(QUESTIONS);
  });

  it("a rule set stored without them still parses, and one with them keeps them", () => {
    const rs = ruleSet("2026-annual");
    expect(ZRuleSetContent.parse(rs).pengawasSurvey).toBeUndefined();
    expect(ZRuleSetContent.parse({ ...rs, pengawasSurvey: QUESTIONS }).pengawasSurvey).toEqual(QUESTIONS);
    expect(ZRuleSetContent.safeParse({ ...rs, pengawasSurvey: [] }).success).toBe(false);
  });
});

describe("survey answer rules", () => {
  it("complete answers have no problems; the optional question may stay blank or be answered", () => {
    expect(surveyProblems(complete, QUESTIONS)).toEqual([]);
    expect(surveyProblems({ ...complete, saran: "Lebih sering" }, QUESTIONS)).toEqual([]);
    expect(surveyProblems({ ...complete, saran: "  " }, QUESTIONS)).toEqual([]);
  });

  it("every required question is answered; blank text is no answer", () => {
    expect(surveyProblems({}, QUESTIONS)).toEqual([
      { at: "survei", code: "practice.survey.answerRequired", params: { code: "teratur" } },
      { at: "survei", code: "practice.survey.answerRequired", params: { code: "perubahan" } },
    ]);
    expect(codes(surveyProblems({ teratur: 2, perubahan: " \n " }, QUESTIONS))).toEqual([
      "practice.survey.answerRequired",
    ]);
  });

  it.each([0, 4, -1, 2.5])("a scale value must be one of its options (%s refused)", (value) => {
    expect(surveyProblems({ ...complete, teratur: value }, QUESTIONS)).toEqual([
      { at: "survei", code: "practice.survey.scaleOutOfRange", params: { code: "teratur", max: 3 } },
    ]);
  });

  it("both ends of the scale are accepted", () => {
    expect(surveyProblems({ ...complete, teratur: 1 }, QUESTIONS)).toEqual([]);
    expect(surveyProblems({ ...complete, teratur: 3 }, QUESTIONS)).toEqual([]);
  });

  it("a scale takes a number, a text a text; text is bounded by its question", () => {
    expect(codes(surveyProblems({ ...complete, teratur: "3" }, QUESTIONS))).toEqual([
      "practice.survey.scaleOutOfRange",
    ]);
    expect(codes(surveyProblems({ ...complete, perubahan: 5 }, QUESTIONS))).toEqual(["practice.survey.textExpected"]);
    expect(surveyProblems({ ...complete, perubahan: "x".repeat(20) }, QUESTIONS)).toEqual([]);
    expect(surveyProblems({ ...complete, perubahan: "x".repeat(21) }, QUESTIONS)).toEqual([
      { at: "survei", code: "practice.survey.textTooLong", params: { code: "perubahan", max: 20 } },
    ]);
  });

  it("answers to questions not asked are refused", () => {
    expect(surveyProblems({ ...complete, lain: 2 }, QUESTIONS)).toEqual([
      { at: "survei", code: "practice.survey.questionUnknown", params: { code: "lain" } },
    ]);
  });

  it("the answers' schema bounds what reaches the rules", () => {
    expect(ZSurveyAnswers.parse({ teratur: 2, perubahan: "Ya\r\nsekali" })).toEqual({
      teratur: 2,
      perubahan: "Ya\nsekali",
    });
    expect(ZSurveyAnswers.safeParse({ teratur: "x".repeat(2001) }).success).toBe(false);
    expect(ZSurveyAnswers.safeParse({ teratur: "a\u0000b" }).success).toBe(false);
    expect(ZSurveyAnswers.safeParse({ teratur: true }).success).toBe(false);
    const many = Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`q${i}`, 1]));
    expect(ZSurveyAnswers.safeParse(many).success).toBe(false);
  });
});

describe("sending and answering the survey", () => {
  const sent = newSurvey(PLAN_SCHOOLS[0], { pengawasSurvey: QUESTIONS }) as SurveyRecord;

  it("is sent to the focus school with the period's questions; not before a focus school is agreed", () => {
    expect(sent).toEqual({ schoolId: PLAN_SCHOOLS[0], status: "sent", questions: QUESTIONS, answers: null });
    expect(newSurvey(null, {})).toBeNull();
    expect(newSurvey(PLAN_SCHOOLS[1], {})?.questions).toBe(DEFAULT_SURVEY_QUESTIONS);
    expect(surveyState(null)).toBe("not_sent");
    expect(surveyState(sent)).toBe("sent");
  });

  it("is answered only by the KS of the school it was sent to", () => {
    expect(decideSurveyAnswer(sent, complete, [OTHER_SCHOOL])).toEqual({ ok: false, error: "FORBIDDEN" });
    expect(decideSurveyAnswer(sent, complete, [])).toEqual({ ok: false, error: "FORBIDDEN" });
    const d = decideSurveyAnswer(sent, complete, [OTHER_SCHOOL, PLAN_SCHOOLS[0]]);
    expect(d).toEqual({ ok: true, next: { ...sent, status: "answered", answers: complete }, changed: true });
    if (d.ok) expect(surveyState(d.next)).toBe("answered");
  });

  it("incomplete answers are refused with their problems", () => {
    expect(decideSurveyAnswer(sent, { teratur: 9 }, [PLAN_SCHOOLS[0]])).toEqual({
      ok: false,
      error: "INCOMPLETE",
      problems: [
        { at: "survei", code: "practice.survey.scaleOutOfRange", params: { code: "teratur", max: 3 } },
        { at: "survei", code: "practice.survey.answerRequired", params: { code: "perubahan" } },
      ],
    });
  });

  it("answers are final: the same answers again change nothing, others are refused", () => {
    const answered: SurveyRecord = { ...sent, status: "answered", answers: complete };
    const reordered = { perubahan: complete.perubahan as string, teratur: 3 };
    expect(decideSurveyAnswer(answered, reordered, [PLAN_SCHOOLS[0]])).toEqual({
      ok: true,
      next: answered,
      changed: false,
    });
    expect(decideSurveyAnswer(answered, { ...complete, teratur: 1 }, [PLAN_SCHOOLS[0]])).toEqual({
      ok: false,
      error: "INVALID_STATE",
    });
  });

  it("the Tim Kinerja reads the answers; the pengawas and an admin only whether it was answered", () => {
    expect(surveyReadableBy(["superior"])).toBe("answers");
    expect(surveyReadableBy(["owner"])).toBe("state");
    expect(surveyReadableBy(["admin"])).toBe("state");
    expect(surveyReadableBy([])).toBe("state");
  });
});
