import { z } from "zod";
import { ZSurveyAnswers } from "../../domain/practice/pengawas/survey.js";
import { ZSurveyQuestion } from "../../domain/rulesets/types.js";
import { id } from "../../domain/validation/vocabulary.js";
import { defineContract } from "../core/contract.js";

/**
 * The survey a pengawas sends, during the pendampingan, to the KS of their focus school; the KS
 * answers it in the app. The pengawas sees whether it was answered, the Tim Kinerja the answers
 * (`src/domain/practice/pengawas/survey.ts`).
 */
export const ZSurvey = z.object({
  id: z.string(),
  /** The pengawas's cycle it belongs to. */
  cycleId: z.string(),
  pengawasName: z.string(),
  schoolId: z.string(),
  schoolName: z.string(),
  status: z.enum(["sent", "answered"]),
  sentAt: z.string(),
  answeredAt: z.string().nullable(),
  /** The questions as they were when sent. */
  questions: z.array(ZSurveyQuestion),
  /** By question code; null where the reader may not read them (the pengawas) or none yet. */
  answers: ZSurveyAnswers.nullable(),
});
export type Survey = z.infer<typeof ZSurvey>;

export const mySurveys = defineContract({
  method: "GET",
  path: "/api/surveys",
  summary:
    "Survei pendampingan untuk sekolah yang saya pimpin hari ini (kepala sekolah atau Plt): yang belum dijawab lebih dulu",
  tags: ["practice"],
  auth: "session",
  response: z.object({ items: z.array(ZSurvey) }),
});

export const getSurvey = defineContract({
  method: "GET",
  path: "/api/surveys/:id",
  summary: "Satu survei pendampingan, bagi kepala sekolah yang dituju (dengan jawabannya sendiri)",
  tags: ["practice"],
  auth: "session",
  params: z.object({ id }),
  response: ZSurvey,
});

export const answerSurvey = defineContract({
  method: "PUT",
  path: "/api/surveys/:id/answers",
  summary:
    "Kepala sekolah yang dituju menjawab survei; jawaban final setelah dikirim (jawaban yang sama dikirim ulang tidak mengubah apa pun)",
  tags: ["practice"],
  auth: "session",
  params: z.object({ id }),
  body: z.object({ answers: ZSurveyAnswers }),
  response: ZSurvey,
});
