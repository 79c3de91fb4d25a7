import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { SurveyAnswers } from "../../domain/practice/pengawas/survey.js";
import { answerSurvey, getSurvey, mySurveys } from "../../server/practice/survey-contract.js";
import { callApi } from "../api/client.js";

export const surveysKey = ["surveys"] as const;
export const surveyKey = (id: string) => ["surveys", id] as const;

/** The surveys sent to the schools I head today (the card asking for it is shown only to a KS or Plt). */
export function useMySurveys() {
  return useQuery({
    queryKey: surveysKey,
    queryFn: () => callApi(mySurveys, {}),
    // A home-page extra: one try, no error shown (MySurveysCard fails soft).
    retry: false,
  });
}

export function useSurvey(id: string) {
  return useQuery({ queryKey: surveyKey(id), queryFn: () => callApi(getSurvey, { params: { id } }) });
}

/** Hands in the answers; the answer is the survey, now answered, for this page and the home list. */
export function useAnswerSurvey(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (answers: SurveyAnswers) => callApi(answerSurvey, { params: { id }, body: { answers } }),
    onSuccess: (survey) => {
      qc.setQueryData(surveyKey(id), survey);
      void qc.invalidateQueries({ queryKey: surveysKey, exact: true });
    },
  });
}
