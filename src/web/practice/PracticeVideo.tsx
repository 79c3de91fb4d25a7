import { Anchor, Button, FileButton, Group, Progress, Stack, Text } from "@mantine/core";
import { type CSSProperties, useState } from "react";
import { useTranslation } from "react-i18next";
import { downloadFile, MAX_VIDEO_BYTES } from "../../server/files/contract.js";
import { buildUrl } from "../api/client.js";
import { ErrorAlert } from "../ui/ErrorAlert.js";
import { useUploadPracticeVideo } from "./hooks.js";
import type { PracticeView } from "./types.js";

const MAX_MB = MAX_VIDEO_BYTES / 1024 / 1024;
/** What the picker offers; the server judges the content, this only spares a wasted upload of minutes. */
const ACCEPT = ["video/mp4", "video/quicktime", "video/webm", ".mp4", ".mov", ".webm"].join(",");
const ACCEPTED_NAME = /\.(mp4|m4v|mov|webm)$/i;

const videoUrlOf = (id: string) => buildUrl(downloadFile.path, { params: { id } });

type UploadProps = {
  view: PracticeView;
  /** The uploaded video the persiapan refers to, or null. */
  fileId: string | null;
  onChange: (fileId: string | null) => void;
};

/**
 * A KS's practice video, uploaded instead of (or beside) a link: one file, with the share sent
 * while it goes up, replaceable and removable. The persiapan refers to it once its draft is saved.
 */
export function VideoUpload({ view, fileId, onChange }: UploadProps) {
  const { t } = useTranslation();
  const upload = useUploadPracticeVideo(view.cycle.id);
  const [problem, setProblem] = useState<string | null>(null);

  const pick = (file: File | null) => {
    setProblem(null);
    upload.reset();
    if (!file) return;
    if (!ACCEPTED_NAME.test(file.name) && !ACCEPT.includes(file.type || "-")) {
      return setProblem(t("practice.video.wrongType"));
    }
    if (file.size > MAX_VIDEO_BYTES) return setProblem(t("practice.video.tooLarge", { max: MAX_MB }));
    upload.mutate(file, { onSuccess: (stored) => onChange(stored.id) });
  };

  const button = (label: string, variant: "light" | "subtle") => (
    <FileButton onChange={pick} accept={ACCEPT}>
      {(props) => (
        <Button {...props} variant={variant} size="sm" disabled={upload.isPending}>
          {label}
        </Button>
      )}
    </FileButton>
  );

  return (
    <Stack gap={6}>
      {fileId && (
        <Group gap="xs" wrap="wrap" justify="space-between">
          <VideoLink view={view} fileId={fileId} style={{ minWidth: 0, flex: "1 1 160px" }} />
          <Group gap={4} wrap="nowrap">
            {button(t("practice.video.replace"), "subtle")}
            <Button variant="subtle" color="red" size="sm" disabled={upload.isPending} onClick={() => onChange(null)}>
              {t("practice.video.remove")}
            </Button>
          </Group>
        </Group>
      )}
      {!fileId && <Group>{button(t("practice.video.add", { max: MAX_MB }), "light")}</Group>}
      {upload.progress !== null && (
        <Stack gap={4}>
          <Text size="sm">{t("practice.video.uploading", { percent: Math.round(upload.progress * 100) })}</Text>
          <Progress
            value={upload.progress * 100}
            animated
            aria-label={t("practice.video.uploading", { percent: Math.round(upload.progress * 100) })}
          />
        </Stack>
      )}
      {problem && (
        <Text size="sm" c="red" role="alert">
          {problem}
        </Text>
      )}
      <ErrorAlert error={upload.error} />
    </Stack>
  );
}

/** The uploaded video as a link that opens or downloads it, named by its file name. */
function VideoLink({ view, fileId, style }: { view: PracticeView; fileId: string; style?: CSSProperties }) {
  const { t } = useTranslation();
  const name = view.files.find((f) => f.id === fileId)?.fileName;
  return (
    <Anchor href={videoUrlOf(fileId)} target="_blank" size="sm" style={{ overflowWrap: "anywhere", ...style }}>
      {name ? `${t("practice.video.uploaded")}: ${name}` : t("practice.video.open")}
    </Anchor>
  );
}

/** What the observer watches: the uploaded video in the page, with a link to open or download it. */
export function UploadedVideo({ view, fileId }: { view: PracticeView; fileId: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      {/* biome-ignore lint/a11y/useMediaCaption: a recording of the KS's own meeting; there are no captions to offer. */}
      <video
        controls
        preload="metadata"
        src={videoUrlOf(fileId)}
        style={{ width: "100%", maxHeight: 360, background: "#000", borderRadius: 4 }}
      >
        {t("practice.video.unsupported")}
      </video>
      <VideoLink view={view} fileId={fileId} />
    </Stack>
  );
}
