import { Alert, Button, Card, Checkbox, Group, Modal, Radio, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { z } from "zod";
import type { SurveyQuestion } from "../../domain/rulesets/types.js";
import type { Survey } from "../../server/practice/survey-contract.js";
import { PATHS } from "../app/access.js";
import { clearDraft, readDraft, writeDraft } from "../documents/draft-store.js";
import { ErrorAlert } from "../ui/ErrorAlert.js";
import { formatDate } from "../ui/format.js";
import { Loading } from "../ui/Loading.js";
import { PageHeader } from "../ui/PageHeader.js";
import { answersToSend, missingRequired, type SurveyDraft } from "./answers.js";
import { useAnswerSurvey, useSurvey } from "./hooks.js";
import { SurveyAnswerList } from "./SurveyAnswerList.js";

/** /survei/:id — the KS of the focus school answers a pengawas's survey about their accompaniment. */
export function SurveyPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const survey = useSurvey(id);
  if (survey.isPending) return <Loading />;
  if (!survey.data) return <ErrorAlert error={survey.error} onRetry={() => void survey.refetch()} />;
  const s = survey.data;
  return (
    <Stack gap="md">
      <PageHeader
        title={t("practice.survey.pageTitle")}
        intro={t("practice.survey.pageIntro", { name: s.pengawasName, school: s.schoolName })}
      />
      {s.status === "answered" ? <Answered survey={s} /> : <AnswerForm survey={s} />}
    </Stack>
  );
}

function Answered({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert color="teal" title={t("practice.survey.answeredTitle")}>
        <Text size="sm">{t("practice.survey.answeredBody", { date: formatDate(survey.answeredAt) })}</Text>
      </Alert>
      {survey.answers && (
        <Card>
          <SurveyAnswerList survey={survey} />
        </Card>
      )}
      <Group>
        <Button component={Link} to={PATHS.mine} variant="default">
          {t("practice.survey.back")}
        </Button>
      </Group>
    </Stack>
  );
}

/** A draft kept on the device: choices by question code, as the form holds them. */
const ZSurveyDraft = z.record(z.string(), z.union([z.number(), z.string()]));

function AnswerForm({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  const answer = useAnswerSurvey(survey.id);
  // Answers being chosen are kept on this device until sent: leaving the page loses nothing.
  const key = `survey_draft_${survey.id}`;
  const [draft, setDraftState] = useState<SurveyDraft>(() => readDraft(key, ZSurveyDraft)?.content ?? {});
  const setDraft = (update: (d: SurveyDraft) => SurveyDraft) =>
    setDraftState((d) => {
      const next = update(d);
      writeDraft(key, 0, next);
      return next;
    });
  const [confirming, setConfirming] = useState(false);
  const [checked, setChecked] = useState(false);
  const missing = missingRequired(survey.questions, draft);
  const send = () =>
    answer.mutate(answersToSend(draft), {
      onSuccess: () => clearDraft(key),
      onSettled: () => {
        setConfirming(false);
        setChecked(false);
      },
    });
  return (
    <Stack gap="md">
      {survey.questions.map((q, i) => (
        <Card key={q.code} padding="sm">
          <QuestionField
            question={q}
            n={i + 1}
            value={draft[q.code]}
            onChange={(v) => setDraft((d) => ({ ...d, [q.code]: v }))}
          />
        </Card>
      ))}
      {missing > 0 && (
        <Text size="sm" c="orange">
          {t("practice.survey.incomplete", { count: missing })}
        </Text>
      )}
      <ErrorAlert error={answer.error} />
      <Button size="md" disabled={missing > 0} onClick={() => setConfirming(true)}>
        {t("practice.survey.submit")}
      </Button>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t("practice.survey.confirmTitle")}>
        <Stack gap="sm">
          <Text size="sm">{t("practice.survey.confirmBody")}</Text>
          <Checkbox
            label={t("practice.confirm.checkbox")}
            checked={checked}
            onChange={(e) => setChecked(e.currentTarget.checked)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t("practice.survey.recheck")}
            </Button>
            <Button disabled={!checked} loading={answer.isPending} onClick={send}>
              {t("practice.survey.submit")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function QuestionField({
  question: q,
  n,
  value,
  onChange,
}: {
  question: SurveyQuestion;
  n: number;
  value: number | string | undefined;
  onChange: (v: number | string) => void;
}) {
  const { t } = useTranslation();
  const label = `${n}. ${q.text}${q.required ? "" : ` (${t("practice.survey.optional")})`}`;
  if (q.type === "scale") {
    return (
      <Radio.Group
        label={label}
        withAsterisk={q.required}
        value={typeof value === "number" ? String(value) : ""}
        onChange={(v) => onChange(Number(v))}
        styles={{ label: { whiteSpace: "normal" } }}
      >
        <Stack gap="xs" mt="xs">
          {q.options.map((option, i) => (
            <Radio key={option} size="md" value={String(i + 1)} label={option} />
          ))}
        </Stack>
      </Radio.Group>
    );
  }
  const text = typeof value === "string" ? value : "";
  return (
    <Textarea
      label={label}
      withAsterisk={q.required}
      description={t("practice.survey.charsLeft", { count: q.maxLength - text.length })}
      autosize
      minRows={3}
      maxLength={q.maxLength}
      value={text}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}
