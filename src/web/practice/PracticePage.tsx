import { Alert, Anchor, Card, List, Stack, Text, Title } from "@mantine/core";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import type { ZodType } from "zod";
import type { BuktiDukungContent } from "../../domain/practice/bukti-dukung.js";
import type { ObservationMode } from "../../domain/practice/context.js";
import type { ObservasiContent } from "../../domain/practice/observasi.js";
import type { PenilaianContent } from "../../domain/practice/penilaian.js";
import type { PersiapanContent } from "../../domain/practice/persiapan.js";
import type { RefleksiContent } from "../../domain/practice/refleksi.js";
import { documentType } from "../../domain/practice/registry.js";
import type { RekomendasiContent } from "../../domain/practice/rekomendasi.js";
import type { PracticeKind } from "../../domain/practice/stages.js";
import type { TindakLanjutContent } from "../../domain/practice/tindak-lanjut.js";
import type { UpayaContent } from "../../domain/practice/upaya.js";
import { PATHS } from "../app/access.js";
import { SaveStatus } from "../documents/SaveStatus.js";
import { StaleDraftAlert } from "../documents/StaleDraftAlert.js";
import { useDocumentEditor } from "../documents/useDocumentEditor.js";
import { reviewPath } from "../review/paths.js";
import { ErrorAlert } from "../ui/ErrorAlert.js";
import { formatDate } from "../ui/format.js";
import { Loading } from "../ui/Loading.js";
import { PageHeader } from "../ui/PageHeader.js";
import { BuktiDukungForm } from "./BuktiDukungForm.js";
import { DocumentActions } from "./DocumentActions.js";
import { DocumentReopen } from "./DocumentReopen.js";
import { NoteField } from "./fields.js";
import { usePractice, useSaveDocument } from "./hooks.js";
import { stageLabel, stagePurpose } from "./labels.js";
import { FollowUpFields, ObservasiForm, ObservasiReadOnly } from "./ObservasiForm.js";
import { PenilaianForm } from "./PenilaianForm.js";
import { PersiapanForm, PersiapanUploads, scheduleText } from "./PersiapanForm.js";
import { UploadedVideo } from "./PracticeVideo.js";
import { PengawasBody } from "./pengawas/PengawasBody.js";
import { RefleksiForm } from "./RefleksiForm.js";
import { RekomendasiForm } from "./RekomendasiForm.js";
import { StagePath } from "./StagePath.js";
import { TindakLanjutForm } from "./TindakLanjutForm.js";
import type { PracticeDoc, PracticeView } from "./types.js";
import { UpayaForm } from "./UpayaForm.js";

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

const docOf = (view: PracticeView, stage: PracticeKind) => view.documents.find((d) => d.kind === stage) as PracticeDoc;

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
        <StaleDraftAlert
          draft={editor.staleDraft}
          body={(date) => t("practice.staleDraft", { date })}
          resolve={editor.resolveStaleDraft}
        />
        {body(t, view, stage, doc, editor.content, change)}
        {editor.editable && <SaveStatus state={editor.state} />}
        {editor.state.kind === "conflict" && (
          <Alert color="red" p="sm">
            {t("practice.save.conflict")}
          </Alert>
        )}
        {editor.state.kind === "error" && <ErrorAlert error={editor.state.error} />}
        <DocumentActions cycleId={view.cycle.id} track={view.cycle.track} doc={doc} beforeAct={beforeAct} />
        <DocumentReopen view={view} doc={doc} />
      </Stack>
    </Card>
  );
}

function body(
  t: TFunction,
  view: PracticeView,
  stage: PracticeKind,
  doc: PracticeDoc,
  content: unknown,
  change: (c: unknown) => void,
) {
  const pen = doc.pen;
  if (stage === "persiapan") {
    const c = content as PersiapanContent;
    return (
      <Stack gap="md">
        {(!pen || !(pen === "all" || pen.includes("targets"))) && <PersiapanSummary view={view} content={c} />}
        {pen && <PersiapanForm content={c} onChange={change} indicator={view.indicator} pen={pen} view={view} />}
      </Stack>
    );
  }
  if (stage === "observasi") {
    const c = content as ObservasiContent;
    const persiapan = docOf(view, "persiapan").content as PersiapanContent;
    // A KS may be observed from a video or write a catatan mandiri; a guru is observed in class.
    const mode = view.cycle.track === "kepala_sekolah" ? persiapan.observationMode : "langsung";
    const may = (f: string) => pen !== null && (pen === "all" || pen.includes(f));
    // The account is only ever the KS's own, in a catatan mandiri; an observer's "all" pen does not show it.
    const writesAccount = mode === "catatan_mandiri" && may("selfAccount");
    if (!doc.visible) {
      return (
        <Stack gap="sm">
          <ModeNote view={view} mode={mode} persiapan={persiapan} />
          <NotYet
            text={mode === "catatan_mandiri" ? "practice.obsMode.inProgressSelf" : "practice.observasi.inProgress"}
          />
        </Stack>
      );
    }
    return (
      <Stack gap="md">
        <ModeNote view={view} mode={mode} persiapan={persiapan} />
        {writesAccount ? (
          <NoteField
            label={t("practice.obsMode.selfAccount")}
            description={t("practice.obsMode.selfAccountHint")}
            value={c.selfAccount}
            onChange={(selfAccount) => change({ ...c, selfAccount })}
            readOnly={false}
          />
        ) : (
          c.selfAccount && (
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              <b>{t("practice.obsMode.selfAccount")}:</b> {c.selfAccount}
            </Text>
          )
        )}
        {may("targets") ? (
          <ObservasiForm
            content={c}
            onChange={change}
            indicator={view.indicator}
            targetCodes={persiapan.targets.map((x) => x.code)}
            followUp={doc.status === "observed" && may("followUpRating")}
          />
        ) : (
          <>
            <ObservasiReadOnly content={c} indicator={view.indicator} />
            {doc.status === "observed" && may("followUpRating") && <FollowUpFields content={c} onChange={change} />}
          </>
        )}
      </Stack>
    );
  }
  if (stage === "tindak_lanjut") {
    const observed = docOf(view, "observasi");
    return (
      <Stack gap="md">
        {observed.visible && (
          <details open={doc.status === "draft"}>
            <summary style={{ cursor: "pointer", fontWeight: 600 }}>
              {t("practice.tindakLanjut.observationResult")}
            </summary>
            <ObservasiReadOnly content={observed.content as ObservasiContent} indicator={view.indicator} />
          </details>
        )}
        <TindakLanjutForm content={content as TindakLanjutContent} onChange={change} pen={pen} />
      </Stack>
    );
  }
  if (stage === "upaya") return <UpayaForm content={content as UpayaContent} onChange={change} pen={pen} />;
  if (stage === "bukti_dukung") {
    return (
      <BuktiDukungForm view={view} doc={doc} content={content as BuktiDukungContent} onChange={change} pen={pen} />
    );
  }
  if (stage === "refleksi") return <RefleksiForm content={content as RefleksiContent} onChange={change} pen={pen} />;
  if (stage === "penilaian") {
    if (!doc.visible) return <NotYet text="practice.penilaian.notYet" />;
    return <PenilaianForm view={view} doc={doc} content={content as PenilaianContent} onChange={change} pen={pen} />;
  }
  if (stage === "rekomendasi") {
    if (!doc.visible) return <NotYet text="practice.rekomendasi.forKadis" />;
    return <RekomendasiForm content={content as RekomendasiContent} onChange={change} pen={pen} />;
  }
  return <PengawasBody view={view} stage={stage} doc={doc} content={content} onChange={change} />;
}

/**
 * How a KS's observation was made, said wherever it is shown: from a video (the link, the uploaded
 * video played in the page, or both), or a self-report.
 */
function ModeNote({
  view,
  mode,
  persiapan,
}: {
  view: PracticeView;
  mode: ObservationMode;
  persiapan: PersiapanContent;
}) {
  const { t } = useTranslation();
  if (mode === "catatan_mandiri") {
    return (
      <Alert color="grape" p="sm" title={t("practice.obsMode.selfBadge")}>
        <Text size="sm">{t("practice.obsMode.selfNote")}</Text>
      </Alert>
    );
  }
  if (mode === "tidak_langsung") {
    const { videoUrl, videoFileId } = persiapan;
    return (
      <Stack gap="xs">
        <Text size="sm">
          {t("practice.obsMode.videoNote")}{" "}
          {videoUrl ? (
            <Anchor href={videoUrl} target="_blank" rel="noopener noreferrer">
              {videoUrl}
            </Anchor>
          ) : (
            !videoFileId && "—"
          )}
        </Text>
        {videoFileId && <UploadedVideo view={view} fileId={videoFileId} />}
      </Stack>
    );
  }
  return null;
}

function NotYet({
  text,
}: {
  text:
    | "practice.observasi.inProgress"
    | "practice.obsMode.inProgressSelf"
    | "practice.rekomendasi.forKadis"
    | "practice.penilaian.notYet";
}) {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="dimmed">
      {t(text)}
    </Text>
  );
}

function PersiapanSummary({ view, content }: { view: PracticeView; content: PersiapanContent }) {
  const { t } = useTranslation();
  if (content.targets.length === 0 && !content.schedule.date) {
    return (
      <Text size="sm" c="dimmed">
        {t("practice.notStarted")}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      <List size="sm" spacing={4}>
        {content.targets.map((c) => (
          <List.Item key={c.code}>
            <b>{view.indicator?.targets.find((x) => x.code === c.code)?.title ?? c.code}</b>
            {c.upaya && ` — ${c.upaya}`}
          </List.Item>
        ))}
      </List>
      <Text size="sm">{scheduleText(t, content.schedule)}</Text>
      {view.uploadsAllowed && content.files.length > 0 && <PersiapanUploads view={view} files={content.files} />}
    </Stack>
  );
}
