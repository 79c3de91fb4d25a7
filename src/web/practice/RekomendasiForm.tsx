import { Badge, Radio, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { predikatOf } from "../../domain/assessment/predikat.js";
import { EXPECTATIONS, type Expectation, PRACTICE_AXES, type PracticeAxis } from "../../domain/assessment/scale.js";
import type { RekomendasiContent } from "../../domain/practice/rekomendasi.js";
import { NoteField, writes } from "./fields.js";
import { type Rating, RatingCard, RatingField } from "./pengawas/RatingField.js";

type Props = {
  content: RekomendasiContent;
  onChange: (c: RekomendasiContent) => void;
  pen: "all" | string[] | null;
};

/**
 * The Tim Kinerja's recommendation to the Kepala Dinas for a KS or a pengawas: the three practice
 * axes with a note each, the two ratings they suggest, and a note. Read by the Kepala Dinas beside
 * the penilaian; the pegawai does not see it.
 */
export function RekomendasiForm({ content, onChange, pen }: Props) {
  const { t } = useTranslation();
  const writable = writes(pen, "axes");
  const level = (l: Expectation) => t(`expectation.${l}`);
  const setAxis = (axis: PracticeAxis, r: Rating<Expectation>) =>
    onChange({ ...content, axes: { ...content.axes, [axis]: r } });
  const rating = (field: "hasilKerja" | "perilaku") => {
    const value = content[field];
    const label = t(`practice.rekomendasi.${field}`);
    if (!writable) {
      return (
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {label}
          </Text>
          <Text size="sm" c={value ? undefined : "dimmed"}>
            {value ? level(value) : t("practice.rating.notYet")}
          </Text>
        </Stack>
      );
    }
    return (
      <Radio.Group
        label={label}
        value={value ?? ""}
        onChange={(v) => onChange({ ...content, [field]: v as Expectation })}
      >
        <Stack gap="xs" mt={4}>
          {EXPECTATIONS.map((l) => (
            <Radio key={l} size="md" value={l} label={level(l)} />
          ))}
        </Stack>
      </Radio.Group>
    );
  };
  return (
    <Stack gap="md">
      <Text size="sm">{t("practice.rekomendasi.intro")}</Text>
      <RatingCard title={t("practice.rekomendasi.axesTitle")} intro={t("practice.rekomendasi.axesIntro")}>
        {PRACTICE_AXES.map((axis) => (
          <RatingField<Expectation>
            key={axis}
            title={t(`practiceAxis.${axis}`)}
            description={t(`practiceAxisHint.${axis}`)}
            levels={EXPECTATIONS}
            levelLabel={level}
            value={content.axes[axis]}
            onChange={(r) => setAxis(axis, r)}
            writable={writable}
          />
        ))}
      </RatingCard>
      <RatingCard title={t("practice.rekomendasi.ratingsTitle")}>
        {rating("hasilKerja")}
        {rating("perilaku")}
        {content.hasilKerja && content.perilaku && (
          <Text size="sm" data-testid="rekomendasi-predikat">
            {t("practice.rekomendasi.predikat")}
            <Badge variant="light" color="teal">
              {t(`predikat.${predikatOf(content.hasilKerja, content.perilaku)}`)}
            </Badge>
          </Text>
        )}
        <NoteField
          label={t("practice.rekomendasi.note")}
          value={content.note}
          onChange={(note) => onChange({ ...content, note })}
          readOnly={!writable}
          minRows={3}
        />
      </RatingCard>
    </Stack>
  );
}
