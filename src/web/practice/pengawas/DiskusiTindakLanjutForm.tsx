import { Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { DiskusiTindakLanjutContent } from "../../../domain/practice/pengawas/diskusi-tindak-lanjut.js";
import { AWARENESS_LEVELS } from "../../../domain/practice/pengawas/ratings.js";
import { NoteField, writes } from "../fields.js";
import type { PracticeDoc, PracticeView } from "../types.js";
import { RatingCard, RatingField } from "./RatingField.js";
import { SurveyPanel } from "./SurveyPanel.js";

type Props = {
  content: DiskusiTindakLanjutContent;
  onChange: (c: DiskusiTindakLanjutContent) => void;
  pen: "all" | string[] | null;
  view: PracticeView;
  doc: PracticeDoc;
};

/**
 * Diskusi Tindak Lanjut: the pengawas's reflection, the agreed target and plan; the Tim Kinerja
 * rates the discussion with the survey's answers beside it.
 */
export function DiskusiTindakLanjutForm({ content, onChange, pen, view, doc }: Props) {
  const { t } = useTranslation();
  const rates = writes(pen, "rating");
  const rated = content.rating.level !== null || content.rating.feedback !== "";
  return (
    <Stack gap="md">
      <NoteField
        label={t("practice.diskusiTindakLanjut.reflection")}
        description={t("practice.diskusiTindakLanjut.reflectionHint")}
        value={content.reflection}
        onChange={(v) => onChange({ ...content, reflection: v })}
        readOnly={!writes(pen, "reflection")}
        minRows={3}
      />
      <NoteField
        label={t("practice.diskusiTindakLanjut.target")}
        value={content.target}
        onChange={(v) => onChange({ ...content, target: v })}
        readOnly={!writes(pen, "target")}
      />
      <NoteField
        label={t("practice.diskusiTindakLanjut.plan")}
        value={content.plan}
        onChange={(v) => onChange({ ...content, plan: v })}
        readOnly={!writes(pen, "plan")}
        minRows={3}
      />
      {view.viewer.roles.includes("superior") && <SurveyPanel view={view} doc={doc} />}
      {(rates || rated) && (
        <RatingCard
          title={t("practice.diskusiTindakLanjut.ratingTitle")}
          intro={rates ? t("practice.diskusiTindakLanjut.ratingIntro") : undefined}
        >
          <RatingField
            title={t("practice.diskusiTindakLanjut.level")}
            levels={AWARENESS_LEVELS}
            levelLabel={(l) => t(`practice.followUp.${l}`)}
            value={content.rating}
            onChange={(rating) => onChange({ ...content, rating })}
            writable={rates}
          />
        </RatingCard>
      )}
    </Stack>
  );
}
