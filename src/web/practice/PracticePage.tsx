import { Alert, Anchor, Card, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import type { ZodType } from "zod";
import { documentType } from "../../domain/practice/registry.js";
import type { PracticeKind } from "../../domain/practice/stages.js";
import { PATHS } from "../app/access.js";
import { EditorAlerts } from "../documents/EditorAlerts.js";
import { SaveStatus } from "../documents/SaveStatus.js";
import { useDocumentEditor } from "../documents/useDocumentEditor.js";
import { reviewPath } from "../review/paths.js";
import { ErrorAlert } from "../ui/ErrorAlert.js";
import { formatDate } from "../ui/format.js";
import { Loading } from "../ui/Loading.js";
import { PageHeader } from "../ui/PageHeader.js";
import { DocumentActions } from "./DocumentActions.js";
import { DocumentReopen } from "./DocumentReopen.js";
import { usePractice, useReloadPractice, useSaveDocument } from "./hooks.js";
import { stageLabel, stagePurpose } from "./labels.js";
import { body, docOf } from "./StageBody.js";
import { StagePath } from "./StagePath.js";
import type { PracticeView } from "./types.js";

/** A guru practises with their KS; a KS and a pengawas with the Tim Kinerja, a pengawas on their own stages. */
const OWNER_INTRO = {
  guru: "practice.introOwner",
  kepala_sekolah: "practice.introOwnerLeader",
  pengawas: "practice.introOwnerPengawas",
} as const;

/** Praktik Kinerja of one cycle, for the guru and for their atasan: the same page, their own pen. */
export function PracticePage() {
  const { t } = useTranslation();
  const { cycleId = "" } = useParams();
  const practice = usePractice(cycleId);
  const [picked, setPicked] = useState<PracticeKind | null>(null);
  if (practice.isPending) return <Loading />;
  if (!practice.data) return <ErrorAlert error={practice.error} onRetry={() => void practice.refetch()} />;
  const view = practice.data;
  const lastDone = [...view.stages.stages].reverse().find((s) => s.state === "done")?.stage;
  // The track's first stage when nothing is open yet: a pengawas's cycle has no "persiapan".
  const selected = picked ?? view.stages.current ?? lastDone ?? view.stages.stages[0]?.stage ?? "persiapan";
  const owner = view.viewer.roles.includes("owner");
  return (
    <Stack gap="md">
      <PageHeader
        title={t("practice.title")}
        intro={owner ? t(OWNER_INTRO[view.cycle.track]) : t("practice.introSuperior", { name: view.person.name })}
      />
      <Text size="sm" c="dimmed">
        {view.cycle.periodName} ·{" "}
        {t("practice.window", { from: formatDate(view.cycle.opensOn), to: formatDate(view.cycle.closesOn) })}
      </Text>
      {/* The whole record in one place: the agreed plan beside the practice (its own page, owner or atasan). */}
      <Anchor component={Link} to={owner ? `${PATHS.planning}/${view.cycle.id}` : reviewPath(view.cycle.id)} size="sm">
        {t("practice.viewPlan")}
      </Anchor>
      {view.stages.windowState !== "open" && (
        <Alert color="orange" p="sm">
          {t(view.stages.windowState === "not_open" ? "practice.notOpen" : "practice.closed", {
            date: formatDate(view.stages.windowState === "not_open" ? view.cycle.opensOn : view.cycle.closesOn),
          })}
        </Alert>
      )}
      <StagePath view={view} selected={selected} onSelect={setPicked} />
      <StagePanel key={`${selected}-${docOf(view, selected).status}`} view={view} stage={selected} />
    </Stack>
  );
}

function StagePanel({ view, stage }: { view: PracticeView; stage: PracticeKind }) {
  const { t } = useTranslation();
  const doc = docOf(view, stage);
  const editor = useDocumentEditor<unknown>({
    // One draft per document on this device; a new revision (a reopening) starts afresh.
    draftKey: `practice_draft_${view.cycle.id}_${stage}_${doc.revision}`,
    schema: documentType(stage).schema as ZodType<unknown>,
    server: { content: doc.content, version: doc.version },
    editable: doc.pen !== null,
    owns: doc.pen !== null,
    save: useSaveDocument(view.cycle.id, stage),
    reload: useReloadPractice(view.cycle.id),
    debounceMs: 700,
  });
  const change = (next: unknown) => editor.change(() => next);
  const beforeAct = async () => {
    await editor.flush();
    return editor.currentVersion();
  };
  return (
    <Card>
      <Stack gap="md">
        <Title order={2} fz="h3">
          {stageLabel(t, view, stage)}
        </Title>
        <Text size="sm" c="dimmed">
          {stagePurpose(t, view, stage)}
        </Text>
        {editor.editable && <EditorAlerts editor={editor} />}
        {body(t, view, stage, doc, editor.content, change)}
        {editor.editable && <SaveStatus state={editor.state} />}
        {editor.state.kind === "error" && <ErrorAlert error={editor.state.error} />}
        <DocumentActions cycleId={view.cycle.id} track={view.cycle.track} doc={doc} beforeAct={beforeAct} />
        <DocumentReopen view={view} doc={doc} />
      </Stack>
    </Card>
  );
}
