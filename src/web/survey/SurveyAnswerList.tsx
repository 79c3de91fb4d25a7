import { Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Survey } from "../../server/practice/survey-contract.js";

/** Each question with the KS's answer beside it: for the Tim Kinerja, and for the KS once answered. */
export function SurveyAnswerList({ survey }: { survey: Pick<Survey, "questions" | "answers"> }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" mt="xs">
      {survey.questions.map((q, i) => {
        const a = survey.answers?.[q.code];
        const shown =
          a === undefined || a === ""
            ? null
            : q.type === "scale" && typeof a === "number"
              ? (q.options[a - 1] ?? String(a))
              : String(a);
        return (
          <Stack key={q.code} gap={2}>
            <Text size="sm">
              {i + 1}. {q.text}
            </Text>
            {shown ? (
              <Text size="sm" fw={600} style={{ whiteSpace: "pre-wrap" }}>
                {shown}
              </Text>
            ) : (
              <Text size="sm" c="dimmed">
                {t("practice.survey.noAnswer")}
              </Text>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}
