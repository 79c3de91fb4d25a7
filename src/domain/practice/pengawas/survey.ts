import { z } from "zod";
import type { DocumentRole } from "../../documents/engine.js";
import type { RuleSetContent, SurveyQuestion } from "../../rulesets/types.js";
import { code, int, multiLine } from "../../validation/vocabulary.js";
import { type PracticeProblem, problemList, type SurveyState } from "../context.js";
import { NOTE_MAX } from "../fields.js";

/**
 * The survey a pengawas sends to the KS of their focus school during the pendampingan, and the
 * Tim Kinerja reads when rating the diskusi tindak lanjut (seed 002: "Pada saat pendampingan,
 * survei akan dibagikan kepada Kepala Sekolah. Hasil survei ini akan menjadi salah satu
 * pertimbangan Tim Kinerja"). The questions are rule-set data (`RuleSetContent.pengawasSurvey`);
 * the sources give none, so the default set below is ours (`confirmed: false`).
 *
 * It is not a document of the engine: it is answered by someone who is neither the cycle's owner
 * nor its superior (the KS of the focus school). The server stores one survey per pengawas cycle
 * (`SurveyRecord`), asks `decideSurveyAnswer` on every answer, and gives the pendampingan its
 * state (`PracticeContext.survey`): the pengawas sees that it was answered, the Tim Kinerja the answers.
 */

const AGREEMENT = ["Sangat tidak setuju", "Tidak setuju", "Setuju", "Sangat setuju"];
const scale = (code: string, text: string): SurveyQuestion => ({
  type: "scale",
  code,
  text,
  options: AGREEMENT,
  required: true,
  confirmed: false,
});

/** Ours: what a KS can tell about being accompanied — regularity, focus, fit, listening, effect. */
export const DEFAULT_SURVEY_QUESTIONS: readonly SurveyQuestion[] = [
  scale(
    "pendampingan-teratur",
    "Pengawas sekolah mendampingi satuan pendidikan kami secara teratur selama masa pendampingan.",
  ),
  scale("fokus-relevan", "Isu yang menjadi fokus pendampingan penting bagi satuan pendidikan kami."),
  scale(
    "strategi-sesuai",
    "Strategi dan metode pendampingan sesuai dengan kebutuhan dan konteks satuan pendidikan kami.",
  ),
  scale("mendengarkan", "Pengawas sekolah mendengarkan dan menanggapi masukan kepala sekolah dan guru."),
  scale("dampak-praktik", "Pendampingan membantu kami memperbaiki praktik di satuan pendidikan."),
  {
    type: "text",
    code: "perubahan",
    text: "Perubahan apa yang sudah terjadi di satuan pendidikan Anda berkat pendampingan ini?",
    maxLength: 1000,
    required: true,
    confirmed: false,
  },
  {
    type: "text",
    code: "saran",
    text: "Apa saran Anda untuk pendampingan berikutnya?",
    maxLength: 1000,
    required: false,
    confirmed: false,
  },
];

/** The questions of a period: the rule set's, or our default set where it names none. */
export function surveyQuestions(ruleSet: Pick<RuleSetContent, "pengawasSurvey">): readonly SurveyQuestion[] {
  return ruleSet.pengawasSurvey ?? DEFAULT_SURVEY_QUESTIONS;
}

export const MAX_SURVEY_ANSWERS = 30;

/** By question code: the chosen option's place (1-based) for a scale, the text for a text question. */
export const ZSurveyAnswers = z
  .record(
    code(),
    z.union([int({ max: 100 }), multiLine({ max: NOTE_MAX, maxMessage: `Jawaban maksimal ${NOTE_MAX} karakter` })]),
  )
  .refine((a) => Object.keys(a).length <= MAX_SURVEY_ANSWERS, "Terlalu banyak jawaban.");
export type SurveyAnswers = z.infer<typeof ZSurveyAnswers>;

/**
 * What keeps answers from being handed in: every required question answered, a scale value one of
 * its options, a text within its length, no answer to a question that is not asked. Pure.
 */
export function surveyProblems(answers: SurveyAnswers, questions: readonly SurveyQuestion[]): PracticeProblem[] {
  const { list, add } = problemList();
  const asked = new Set(questions.map((q) => q.code));
  for (const q of questions) {
    const a = answers[q.code];
    const blank = a === undefined || (typeof a === "string" && a.trim() === "");
    if (blank) {
      if (q.required) add("survei", "practice.survey.answerRequired", { code: q.code });
      continue;
    }
    if (q.type === "scale") {
      if (typeof a !== "number" || !Number.isInteger(a) || a < 1 || a > q.options.length) {
        add("survei", "practice.survey.scaleOutOfRange", { code: q.code, max: q.options.length });
      }
    } else if (typeof a !== "string") add("survei", "practice.survey.textExpected", { code: q.code });
    else if (a.length > q.maxLength) add("survei", "practice.survey.textTooLong", { code: q.code, max: q.maxLength });
  }
  for (const k of Object.keys(answers)) {
    if (!asked.has(k)) add("survei", "practice.survey.questionUnknown", { code: k });
  }
  return list;
}

/**
 * One survey as the server stores it (proposed: a `practice_surveys` row per pengawas cycle):
 * the focus school it was sent to, the questions as they were when sent (the rule set may be
 * edited later), and the answers once the KS handed them in.
 */
export type SurveyRecord = {
  schoolId: string;
  status: "sent" | "answered";
  questions: readonly SurveyQuestion[];
  answers: SurveyAnswers | null;
};

/** The survey's state for `PracticeContext.survey`. */
export function surveyState(record: Pick<SurveyRecord, "status"> | null): SurveyState {
  return record ? record.status : "not_sent";
}

export type SurveyDecision =
  | { ok: true; next: SurveyRecord; changed: boolean }
  | { ok: false; error: "FORBIDDEN" | "INVALID_STATE" }
  | { ok: false; error: "INCOMPLETE"; problems: PracticeProblem[] };

/**
 * A KS hands in their answers. Only the KS of the school it was sent to answers it
 * (`respondentSchoolIds`: the schools the actor heads today, as KS or Plt); answers are final once
 * handed in, and the same answers handed in again (a retried click) are a success that changes nothing.
 */
export function decideSurveyAnswer(
  record: SurveyRecord,
  answers: SurveyAnswers,
  respondentSchoolIds: readonly string[],
): SurveyDecision {
  if (!respondentSchoolIds.includes(record.schoolId)) return { ok: false, error: "FORBIDDEN" };
  if (record.status === "answered") {
    const same = JSON.stringify(sorted(record.answers ?? {})) === JSON.stringify(sorted(answers));
    return same ? { ok: true, next: record, changed: false } : { ok: false, error: "INVALID_STATE" };
  }
  const problems = surveyProblems(answers, record.questions);
  if (problems.length > 0) return { ok: false, error: "INCOMPLETE", problems };
  return { ok: true, next: { ...record, status: "answered", answers: sorted(answers) }, changed: true };
}

/** A new survey to the focus school, with the period's questions. Null while no focus school is chosen. */
export function newSurvey(
  focusSchoolId: string | null,
  ruleSet: Pick<RuleSetContent, "pengawasSurvey">,
): SurveyRecord | null {
  if (!focusSchoolId) return null;
  return { schoolId: focusSchoolId, status: "sent", questions: surveyQuestions(ruleSet), answers: null };
}

/**
 * What a role of the pengawas's cycle reads of the survey: the Tim Kinerja (superior) the answers,
 * the pengawas (owner) and an admin only whether it was answered (issue 9: "the pengawas sees
 * that it was answered, the Tim Kinerja sees the answers"). The responding KS reads their own
 * answers through the survey itself, not through the cycle.
 */
export function surveyReadableBy(roles: readonly DocumentRole[]): "answers" | "state" {
  return roles.includes("superior") ? "answers" : "state";
}

function sorted(a: SurveyAnswers): SurveyAnswers {
  return Object.fromEntries(Object.entries(a).sort(([x], [y]) => x.localeCompare(y)));
}
