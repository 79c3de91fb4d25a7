import { Radio, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { EXPECTATIONS, type Expectation, PRACTICE_AXES, type PracticeAxis } from "../../domain/assessment/scale.js";
import { type Rating, RatingCard, RatingField } from "./pengawas/RatingField.js";

type Axes = Record<PracticeAxis, Rating<Expectation>>;

/**
 * The three practice axes (Upaya Refleksi, Upaya Mempelajari, Perubahan Praktik), each an
 * expectation level with a note: the Tim Kinerja's recommendation and the atasan's penilaian.
 */
export function PracticeAxesCard({
  axes,
  onChange,
  writable,
}: {
  axes: Axes;
  onChange: (axes: Axes) => void;
  writable: boolean;
}) {
  const { t } = useTranslation();
  return (
    <RatingCard title={t("practice.rekomendasi.axesTitle")} intro={t("practice.rekomendasi.axesIntro")}>
      {PRACTICE_AXES.map((axis) => (
        <RatingField<Expectation>
          key={axis}
          title={t(`practiceAxis.${axis}`)}
          description={t(`practiceAxisHint.${axis}`)}
          levels={EXPECTATIONS}
          levelLabel={(l) => t(`expectation.${l}`)}
          value={axes[axis]}
          onChange={(r) => onChange({ ...axes, [axis]: r })}
          writable={writable}
        />
      ))}
    </RatingCard>
  );
}

/** A Rating Hasil Kerja or Rating Perilaku Kerja: large radios to choose, a line to read. */
export function ExpectationRating({
  label,
  value,
  onChange,
  writable,
}: {
  label: string;
  value: Expectation | null;
  onChange: (v: Expectation) => void;
  writable: boolean;
}) {
  const { t } = useTranslation();
  if (!writable) {
    return (
      <Stack gap={2}>
        <Text size="sm" fw={600}>
          {label}
        </Text>
        <Text size="sm" c={value ? undefined : "dimmed"}>
          {value ? t(`expectation.${value}`) : t("practice.rating.notYet")}
        </Text>
      </Stack>
    );
  }
  return (
    <Radio.Group label={label} value={value ?? ""} onChange={(v) => onChange(v as Expectation)}>
      <Stack gap="xs" mt={4}>
        {EXPECTATIONS.map((l) => (
          <Radio key={l} size="md" value={l} label={t(`expectation.${l}`)} />
        ))}
      </Stack>
    </Radio.Group>
  );
}
