import { Badge, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { predikatOf } from "../../domain/assessment/predikat.js";
import type { RekomendasiContent } from "../../domain/practice/rekomendasi.js";
import { ExpectationRating, PracticeAxesCard } from "./AssessmentFields.js";
import { NoteField, writes } from "./fields.js";
import { RatingCard } from "./pengawas/RatingField.js";

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
  return (
    <Stack gap="md">
      <Text size="sm">{t("practice.rekomendasi.intro")}</Text>
      <PracticeAxesCard axes={content.axes} onChange={(axes) => onChange({ ...content, axes })} writable={writable} />
      <RatingCard title={t("practice.rekomendasi.ratingsTitle")}>
        {(["hasilKerja", "perilaku"] as const).map((field) => (
          <ExpectationRating
            key={field}
            label={t(`practice.rekomendasi.${field}`)}
            value={content[field]}
            onChange={(v) => onChange({ ...content, [field]: v })}
            writable={writable}
          />
        ))}
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
