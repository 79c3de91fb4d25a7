import { Alert, Button, Card, Group, Modal, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type DiskusiPersiapanContent, focusSchoolOf } from "../../../domain/practice/pengawas/diskusi-persiapan.js";
import type { Survey } from "../../../server/practice/survey-contract.js";
import { SurveyAnswerList } from "../../survey/SurveyAnswerList.js";
import { ErrorAlert } from "../../ui/ErrorAlert.js";
import { formatDate } from "../../ui/format.js";
import { useDocumentAction } from "../hooks.js";
import type { PracticeDoc, PracticeView } from "../types.js";

/**
 * The survey to the focus school's KS, in the pendampingan: the pengawas sends it from here (the
 * document action `sendSurvey`), then sees when it was sent and answered; the Tim Kinerja also
 * reads the answers (the server sends them only to the Tim Kinerja).
 */
export function SurveyPanel({ view, doc }: { view: PracticeView; doc: PracticeDoc }) {
  const { t } = useTranslation();
  const survey = view.survey;
  const persiapan = view.documents.find((d) => d.kind === "diskusi_persiapan");
  const focusId = persiapan
    ? focusSchoolOf({ status: persiapan.status, content: persiapan.content as DiskusiPersiapanContent })
    : null;
  const focusName = view.planSchools.find((s) => s.id === focusId)?.name ?? null;
  return (
    <Card padding="sm">
      <Stack gap="sm">
        <Title order={3} fz="h5">
          {t("practice.survey.title")}
        </Title>
        {survey ? (
          <SurveyState survey={survey} />
        ) : doc.actions.includes("sendSurvey") ? (
          <>
            <Text size="sm" c="dimmed">
              {t("practice.survey.intro")}
            </Text>
            {focusName ? (
              <SendSurvey cycleId={view.cycle.id} school={focusName} />
            ) : (
              <Text size="sm">{t("practice.survey.noFocus")}</Text>
            )}
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t("practice.survey.notSent")}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

function SurveyState({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600} c={survey.status === "answered" ? "teal" : "dimmed"}>
        {survey.status === "answered"
          ? t("practice.survey.answered", { date: formatDate(survey.answeredAt) })
          : t("practice.survey.waiting")}
      </Text>
      <Text size="sm">{t("practice.survey.sent", { date: formatDate(survey.sentAt), school: survey.schoolName })}</Text>
      {survey.answers && (
        <details open>
          <summary style={{ cursor: "pointer", fontWeight: 600 }}>{t("practice.survey.answersTitle")}</summary>
          <SurveyAnswerList survey={survey} />
        </details>
      )}
    </Stack>
  );
}

function SendSurvey({ cycleId, school }: { cycleId: string; school: string }) {
  const { t } = useTranslation();
  const act = useDocumentAction(cycleId, "pendampingan");
  const [confirming, setConfirming] = useState(false);
  const send = () =>
    act.mutate(
      { action: "sendSurvey" },
      { onSuccess: () => setConfirming(false), onError: () => setConfirming(false) },
    );
  return (
    <Stack gap="xs">
      <Button
        variant="light"
        onClick={() => setConfirming(true)}
        styles={{ label: { whiteSpace: "normal" } }}
        h="auto"
        py={8}
      >
        {t("practice.survey.send", { school })}
      </Button>
      <ErrorAlert error={act.error} />
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t("practice.action.sendSurvey")}>
        <Stack gap="sm">
          <Alert color="blue" p="sm">
            <Text size="sm">{t("practice.survey.sendBody", { school })}</Text>
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t("practice.note.cancel")}
            </Button>
            <Button loading={act.isPending} onClick={send}>
              {t("practice.action.sendSurvey")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
