import { Alert, Anchor, List, Stack, Text } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { BuktiDukungContent } from "../../domain/practice/bukti-dukung.js";
import type { ObservationMode } from "../../domain/practice/context.js";
import type { ObservasiContent } from "../../domain/practice/observasi.js";
import type { PenilaianContent } from "../../domain/practice/penilaian.js";
import type { PersiapanContent } from "../../domain/practice/persiapan.js";
import type { RefleksiContent } from "../../domain/practice/refleksi.js";
import type { RekomendasiContent } from "../../domain/practice/rekomendasi.js";
import type { PracticeKind } from "../../domain/practice/stages.js";
import type { TindakLanjutContent } from "../../domain/practice/tindak-lanjut.js";
import type { UpayaContent } from "../../domain/practice/upaya.js";
import { BuktiDukungForm } from "./BuktiDukungForm.js";
import { NoteField } from "./fields.js";
import { FollowUpFields, ObservasiForm, ObservasiReadOnly } from "./ObservasiForm.js";
import { PenilaianForm } from "./PenilaianForm.js";
import { PersiapanForm, PersiapanUploads } from "./PersiapanForm.js";
import { UploadedVideo } from "./PracticeVideo.js";
import { PengawasBody } from "./pengawas/PengawasBody.js";
import { RefleksiForm } from "./RefleksiForm.js";
import { RekomendasiForm } from "./RekomendasiForm.js";
import { scheduleText } from "./ScheduleFields.js";
import { TindakLanjutForm } from "./TindakLanjutForm.js";
import type { PracticeDoc, PracticeView } from "./types.js";
import { UpayaForm } from "./UpayaForm.js";

export const docOf = (view: PracticeView, stage: PracticeKind) =>
  view.documents.find((d) => d.kind === stage) as PracticeDoc;

/** The form of a stage as this reader has it: their pen, or what they may read. */
export function body(
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
