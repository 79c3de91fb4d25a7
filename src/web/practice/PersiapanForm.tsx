import { Alert, Button, Card, Checkbox, Group, Radio, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { OBSERVATION_MODES, type ObservationMode } from "../../domain/practice/context.js";
import { MAX_FILES, type PersiapanContent, type Schedule } from "../../domain/practice/persiapan.js";
import { MAX_FILE_BYTES } from "../../server/files/contract.js";
import { FileUploads } from "./FileUploads.js";
import { LineField, NoteField } from "./fields.js";
import { VideoUpload } from "./PracticeVideo.js";
import { ScheduleFields, scheduleText } from "./ScheduleFields.js";
import { TargetRubric } from "./TargetRubric.js";
import type { Indicator, PracticeView } from "./types.js";

type Props = {
  content: PersiapanContent;
  onChange: (next: PersiapanContent) => void;
  indicator: Indicator | null;
  /** The fields the reader may write: the guru writes targets, schedule and files, the KS a proposed time. */
  pen: "all" | string[];
  view: PracticeView;
};

/**
 * Dokumen Persiapan: the target perilaku with the rubric beside each, how to learn them, the
 * schedule, and — only where the rule set takes uploads (2024) — the RPP / modul ajar / asesmen.
 * A KS observed *tidak langsung* adds the video: a link or an upload, under every rule set.
 */
export function PersiapanForm({ content, onChange, indicator, pen, view }: Props) {
  const { t } = useTranslation();
  const writes = (f: string) => pen === "all" || pen.includes(f);
  const chosen = new Map(content.targets.map((c) => [c.code, c]));
  const toggle = (code: string, on: boolean) =>
    onChange({
      ...content,
      targets: on ? [...content.targets, { code, upaya: "" }] : content.targets.filter((c) => c.code !== code),
    });
  const setUpaya = (code: string, upaya: string) =>
    onChange({ ...content, targets: content.targets.map((c) => (c.code === code ? { ...c, upaya } : c)) });
  const setSchedule = (patch: Partial<Schedule>) =>
    onChange({ ...content, schedule: { ...content.schedule, ...patch } });
  const proposed = content.proposedSchedule;
  // A KS's practice is an activity (a meeting), observed by the Tim Kinerja in one of three ways.
  const leader = view.cycle.track === "kepala_sekolah";

  return (
    <Stack gap="md">
      {writes("targets") && (
        <Stack gap="sm">
          <Title order={3} fz="h5">
            {t("practice.persiapan.targetsTitle")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("practice.persiapan.targetsIntro", { indicator: indicator?.name ?? "" })}
          </Text>
          {indicator?.targets.map((target) => {
            const c = chosen.get(target.code);
            return (
              <Card key={target.code} padding="sm">
                <Stack gap="xs">
                  <Checkbox
                    size="md"
                    label={target.title}
                    checked={Boolean(c)}
                    onChange={(e) => toggle(target.code, e.currentTarget.checked)}
                  />
                  <details>
                    <summary style={{ cursor: "pointer", fontSize: 14 }}>{t("practice.rubric.check")}</summary>
                    <TargetRubric target={target} />
                  </details>
                  {c && (
                    <NoteField
                      label={t("practice.persiapan.upaya", { target: target.title })}
                      description={t("practice.persiapan.upayaHint")}
                      value={c.upaya}
                      onChange={(v) => setUpaya(target.code, v)}
                      readOnly={false}
                    />
                  )}
                </Stack>
              </Card>
            );
          })}
        </Stack>
      )}
      {proposed && writes("schedule") && (
        <Alert color="blue" title={t("practice.persiapan.proposedTitle")}>
          <Stack gap="xs">
            <Text size="sm">{scheduleText(t, proposed)}</Text>
            <Group>
              <Button
                size="sm"
                variant="light"
                onClick={() => onChange({ ...content, schedule: proposed, proposedSchedule: null })}
              >
                {t("practice.persiapan.useProposed")}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {writes("schedule") && (
        <ScheduleFields
          title={t("practice.persiapan.scheduleTitle")}
          value={content.schedule}
          onChange={setSchedule}
          leader={leader}
        />
      )}
      {leader && writes("observationMode") && (
        <Radio.Group
          label={t("practice.obsMode.title")}
          description={t("practice.obsMode.intro")}
          value={content.observationMode}
          onChange={(v) => onChange({ ...content, observationMode: v as ObservationMode })}
        >
          <Stack gap="xs" mt="xs">
            {OBSERVATION_MODES.map((m) => (
              <Radio
                key={m}
                value={m}
                label={t(`practice.obsMode.${m}`)}
                description={t(`practice.obsMode.${m}Hint`)}
              />
            ))}
          </Stack>
        </Radio.Group>
      )}
      {leader && content.observationMode === "tidak_langsung" && (writes("videoUrl") || writes("videoFileId")) && (
        <Stack gap="xs" component="section" aria-label={t("practice.video.title")}>
          <Title order={3} fz="h5">
            {t("practice.video.title")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("practice.video.intro")}
          </Text>
          {writes("videoUrl") && (
            <LineField
              label={t("practice.obsMode.videoUrl")}
              description={t("practice.obsMode.videoUrlHint")}
              type="url"
              value={content.videoUrl}
              onChange={(videoUrl) => onChange({ ...content, videoUrl })}
              readOnly={false}
            />
          )}
          {writes("videoFileId") && (
            <VideoUpload
              view={view}
              fileId={content.videoFileId}
              onChange={(videoFileId) => onChange({ ...content, videoFileId })}
            />
          )}
        </Stack>
      )}
      {view.uploadsAllowed && writes("files") && (
        <PersiapanUploads view={view} files={content.files} onChange={(files) => onChange({ ...content, files })} />
      )}
      {writes("proposedSchedule") && (
        <ScheduleFields
          title={t("practice.persiapan.proposeTitle")}
          value={proposed ?? { ...content.schedule }}
          leader={leader}
          onChange={(patch) =>
            onChange({ ...content, proposedSchedule: { ...(proposed ?? content.schedule), ...patch } })
          }
        />
      )}
    </Stack>
  );
}

/** Unggah RPP / modul ajar / asesmen: optional, replaceable until the observation starts. */
export function PersiapanUploads({
  view,
  files,
  onChange,
}: {
  view: PracticeView;
  files: string[];
  onChange?: (files: string[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="section" aria-label={t("practice.upload.title")}>
      <Title order={3} fz="h5">
        {t("practice.upload.title")}
      </Title>
      {onChange && (
        <Text size="sm" c="dimmed">
          {t("practice.upload.intro", { max: MAX_FILE_BYTES / 1024 / 1024, count: MAX_FILES })}
        </Text>
      )}
      <FileUploads
        view={view}
        kind="rpp"
        ids={files}
        max={MAX_FILES}
        label={t("practice.upload.title")}
        {...(onChange ? { onChange } : {})}
      />
    </Stack>
  );
}
