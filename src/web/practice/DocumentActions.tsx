import { Alert, Button, Checkbox, Group, List, Modal, Stack, Text, Textarea } from "@mantine/core";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { MIN_NOTE } from "../../domain/documents/engine.js";
import type { CycleTrack } from "../../domain/org/assessors.js";
import type { PracticeKind } from "../../domain/practice/stages.js";
import { ErrorAlert } from "../ui/ErrorAlert.js";
import { useDocumentAction } from "./hooks.js";
import type { PracticeDoc } from "./types.js";

/**
 * What the reader may do with the document now, and what is still missing. A hand-over by the
 * guru ("Kumpulkan") asks for a confirmation first, with "Cek ulang" to go back; an action that
 * needs a note (returning a document) asks for it first.
 */
const NOTE_LABEL = {
  guru: "practice.note.label",
  kepala_sekolah: "practice.note.labelLeader",
  pengawas: "practice.note.labelPengawas",
} as const;

export function DocumentActions({
  cycleId,
  track,
  doc,
  beforeAct,
}: {
  cycleId: string;
  /** Whose cycle: a note returning a document is addressed to the guru, KS or pengawas. */
  track: CycleTrack;
  doc: PracticeDoc;
  /** Saves what is typed first, so the action is on the latest version. */
  beforeAct: () => Promise<number>;
}) {
  const { t } = useTranslation();
  const act = useDocumentAction(cycleId, doc.kind as PracticeKind);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [checked, setChecked] = useState(false);
  const [noting, setNoting] = useState<string | null>(null);
  const [note, setNote] = useState("");
  // Asking to reopen has its own form with a reason (DocumentReopen); a pengawas sends the survey
  // from its panel in the pendampingan, which names the school it goes to (SurveyPanel).
  const actions = doc.actions.filter((a) => !OWN_FORMS.includes(a));
  if (actions.length === 0) return null;
  const run = async (action: string, withNote?: string) => {
    const version = await beforeAct();
    const ok = await act
      .mutateAsync({ action, version, ...(withNote !== undefined ? { note: withNote } : {}) })
      .then(() => true)
      .catch(() => false);
    setConfirming(null);
    setChecked(false);
    if (ok) {
      setNoting(null);
      setNote("");
    }
  };
  const start = (action: string) => {
    if (action === "submit") setConfirming(action);
    else if (doc.needsNote.includes(action)) setNoting(action);
    else void run(action);
  };
  return (
    <Stack gap="xs">
      {doc.problems.length > 0 && (
        <Alert color="orange" p="sm" title={t("practice.stillMissing")}>
          <List size="sm">
            {doc.problems.map((p) => (
              <List.Item key={`${p.at}-${p.code}-${p.message}`}>{p.message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <ErrorAlert error={act.error} />
      <Group>
        {actions.map((action) => (
          <Button
            key={action}
            loading={act.isPending}
            variant={doc.needsNote.includes(action) ? "default" : "filled"}
            onClick={() => start(action)}
          >
            {actionLabel(t, doc.kind, action)}
          </Button>
        ))}
      </Group>
      <Modal opened={confirming !== null} onClose={() => setConfirming(null)} title={t("practice.confirm.title")}>
        <Stack gap="sm">
          <Text size="sm">
            {t(doc.kind === "rekomendasi" ? "practice.confirm.bodyRecommendation" : "practice.confirm.body")}
          </Text>
          <Checkbox
            label={t("practice.confirm.checkbox")}
            checked={checked}
            onChange={(e) => setChecked(e.currentTarget.checked)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(null)}>
              {t("practice.confirm.recheck")}
            </Button>
            <Button disabled={!checked} loading={act.isPending} onClick={() => confirming && void run(confirming)}>
              {actionLabel(t, doc.kind, "submit")}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal
        opened={noting !== null}
        onClose={() => setNoting(null)}
        title={noting ? actionLabel(t, doc.kind, noting) : ""}
      >
        <Stack gap="sm">
          <Textarea
            label={t(NOTE_LABEL[track])}
            description={t("practice.note.hint")}
            autosize
            minRows={3}
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <ErrorAlert error={act.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setNoting(null)}>
              {t("practice.note.cancel")}
            </Button>
            <Button
              disabled={note.trim().length < MIN_NOTE}
              loading={act.isPending}
              onClick={() => noting && void run(noting, note)}
            >
              {t("practice.note.send")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

const OWN_FORMS = ["requestReopen", "sendSurvey"];

const ACTIONS = [
  "submit",
  "confirmSchedule",
  "finish",
  "rateFollowUp",
  "reopen",
  "recordDiscussion",
  "verify",
  "return",
  "agree",
  "sendSurvey",
  "rate",
  "acknowledge",
] as const;

export function actionLabel(t: TFunction, kind: string, action: string): string {
  if (kind === "observasi" && action === "finish") return t("practice.action.finishObservation");
  if (kind === "rekomendasi" && action === "submit") return t("practice.action.sendRecommendation");
  if (kind === "penilaian" && action === "rate") return t("practice.action.decideAssessment");
  const known = ACTIONS.find((a) => a === action);
  return known ? t(`practice.action.${known}`) : action;
}
