import { Alert, Card, Checkbox, Radio, Select, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  FOLLOW_UP_LEVELS,
  OBSERVATION_LEVELS,
  type ObservasiContent,
  type TargetObservation,
} from "../../domain/practice/observasi.js";
import { NoteField } from "./fields.js";
import { TargetRubric } from "./TargetRubric.js";
import type { Indicator } from "./types.js";

type Props = {
  content: ObservasiContent;
  onChange: (next: ObservasiContent) => void;
  indicator: Indicator | null;
  /** The target perilaku the guru chose in the persiapan: the ones observed. */
  targetCodes: readonly string[];
  /** After the lesson: the follow-up rating that opens the guru's tindak lanjut. */
  followUp: boolean;
};

const EMPTY: TargetObservation = { rating: null, evidence: "", recommendation: "", avoidSeen: [] };

/** Observasi on a phone held during the lesson: large choices, autosaved, one card per target. */
export function ObservasiForm({ content, onChange, indicator, targetCodes, followUp }: Props) {
  const { t } = useTranslation();
  const set = (code: string, patch: Partial<TargetObservation>) =>
    onChange({
      ...content,
      targets: { ...content.targets, [code]: { ...EMPTY, ...content.targets[code], ...patch } },
    });
  return (
    <Stack gap="md">
      <Alert color="teal" p="sm">
        <Text size="sm">{t("practice.observasi.baseline")}</Text>
      </Alert>
      {targetCodes.map((code) => {
        const target = indicator?.targets.find((x) => x.code === code);
        const o = { ...EMPTY, ...content.targets[code] };
        return (
          <Card key={code} padding="sm" data-testid={`observe-${code}`}>
            <Stack gap="sm">
              <Title order={3} fz="h5">
                {target?.title ?? code}
              </Title>
              {target && (
                <details>
                  <summary style={{ cursor: "pointer", fontSize: 14 }}>{t("practice.rubric.check")}</summary>
                  <TargetRubric target={target} />
                </details>
              )}
              <Radio.Group
                label={t("practice.observasi.rating")}
                value={o.rating ?? ""}
                onChange={(v) => set(code, { rating: v as TargetObservation["rating"] })}
              >
                <Stack gap="xs" mt={4}>
                  {OBSERVATION_LEVELS.map((level) => (
                    <Radio
                      key={level}
                      size="md"
                      value={level}
                      label={t(`practice.level.${level}`)}
                      description={t(`practice.levelHint.${level}`)}
                    />
                  ))}
                </Stack>
              </Radio.Group>
              <NoteField
                label={t("practice.observasi.evidence")}
                description={t("practice.observasi.evidenceHint")}
                minRows={3}
                value={o.evidence}
                onChange={(v) => set(code, { evidence: v })}
                readOnly={false}
              />
              {target && target.avoid.length > 0 && (
                <Checkbox.Group
                  label={t("practice.observasi.avoidSeen")}
                  value={o.avoidSeen.map(String)}
                  onChange={(v) => set(code, { avoidSeen: v.map(Number) })}
                >
                  <Stack gap={6} mt={4}>
                    {target.avoid.map((b, i) => (
                      <Checkbox key={b} value={String(i)} label={b} />
                    ))}
                  </Stack>
                </Checkbox.Group>
              )}
              <NoteField
                label={t("practice.observasi.recommendation")}
                value={o.recommendation}
                onChange={(v) => set(code, { recommendation: v })}
                readOnly={false}
              />
            </Stack>
          </Card>
        );
      })}
      {followUp && <FollowUpFields content={content} onChange={onChange} />}
    </Stack>
  );
}

/** What the guru reads once the observation is finished: a baseline for coaching, not a final score. */
export function ObservasiReadOnly({ content, indicator }: { content: ObservasiContent; indicator: Indicator | null }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Alert color="teal" p="sm">
        <Text size="sm">{t("practice.observasi.baseline")}</Text>
      </Alert>
      {Object.entries(content.targets).map(([code, o]) => (
        <Card key={code} padding="sm">
          <Stack gap={4}>
            <Text fw={600}>{indicator?.targets.find((x) => x.code === code)?.title ?? code}</Text>
            {o.rating && <Text size="sm">{t(`practice.level.${o.rating}`)}</Text>}
            {o.evidence && (
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                <b>{t("practice.observasi.evidence")}:</b> {o.evidence}
              </Text>
            )}
            {o.recommendation && (
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                <b>{t("practice.observasi.recommendation")}:</b> {o.recommendation}
              </Text>
            )}
          </Stack>
        </Card>
      ))}
      {content.followUpRating && (
        <Text size="sm">
          <b>{t("practice.observasi.followUpRating")}:</b> {t(`practice.followUp.${content.followUpRating}`)}
        </Text>
      )}
    </Stack>
  );
}

/** After the observation: the follow-up rating that opens the tindak lanjut, with a note. */
export function FollowUpFields({
  content,
  onChange,
}: {
  content: ObservasiContent;
  onChange: (next: ObservasiContent) => void;
}) {
  const { t } = useTranslation();
  return (
    <Card padding="sm">
      <Stack gap="sm">
        <Title order={3} fz="h5">
          {t("practice.observasi.followUpTitle")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("practice.observasi.followUpIntro")}
        </Text>
        <Select
          label={t("practice.observasi.followUpRating")}
          data={FOLLOW_UP_LEVELS.map((l) => ({ value: l, label: t(`practice.followUp.${l}`) }))}
          value={content.followUpRating}
          onChange={(v) => onChange({ ...content, followUpRating: v as ObservasiContent["followUpRating"] })}
        />
        <NoteField
          label={t("practice.observasi.followUpNote")}
          value={content.followUpNote}
          onChange={(v) => onChange({ ...content, followUpNote: v })}
          readOnly={false}
        />
      </Stack>
    </Card>
  );
}
