import { Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { AWARENESS_LEVELS, GROWTH_LEVELS } from "../../../domain/practice/pengawas/ratings.js";
import {
  REFLEKSI_ASPECTS,
  REFLEKSI_CHALLENGE_COUNT,
  type RefleksiPengawasContent,
} from "../../../domain/practice/pengawas/refleksi-pengawas.js";
import { LineField, NoteField, writes } from "../fields.js";
import { type Rating, RatingCard, RatingField } from "./RatingField.js";

type Props = {
  content: RefleksiPengawasContent;
  onChange: (c: RefleksiPengawasContent) => void;
  pen: "all" | string[] | null;
};

type Ratings = RefleksiPengawasContent["ratings"];

/** Refleksi Tindak Lanjut of a pengawas: upaya belajar, upaya refleksi, perubahan praktik; the Tim Kinerja's three ratings. */
export function RefleksiPengawasForm({ content, onChange, pen }: Props) {
  const { t } = useTranslation();
  const ro = (f: string) => !writes(pen, f);
  const challenges = Array.from({ length: REFLEKSI_CHALLENGE_COUNT }, (_, i) => content.challenges[i] ?? "");
  const rates = writes(pen, "ratings");
  const rated = REFLEKSI_ASPECTS.some((a) => content.ratings[a].level !== null || content.ratings[a].feedback !== "");
  const setRating = (aspect: keyof Ratings, r: Rating<string>) =>
    onChange({ ...content, ratings: { ...content.ratings, [aspect]: r } as Ratings });
  return (
    <Stack gap="md">
      <Title order={3} fz="h5">
        {t("practice.refleksiPengawas.upayaBelajar")}
      </Title>
      <NoteField
        label={t("practice.refleksiPengawas.inspiration")}
        value={content.inspiration}
        onChange={(v) => onChange({ ...content, inspiration: v })}
        readOnly={ro("inspiration")}
        minRows={3}
      />
      <NoteField
        label={t("practice.refleksiPengawas.practiceChange")}
        value={content.practiceChange}
        onChange={(v) => onChange({ ...content, practiceChange: v })}
        readOnly={ro("practiceChange")}
        minRows={3}
      />
      <Title order={3} fz="h5">
        {t("practice.refleksiPengawas.upayaRefleksi")}
      </Title>
      <Stack gap={6}>
        {challenges.map((c, i) => (
          <LineField
            // biome-ignore lint/suspicious/noArrayIndexKey: exactly three fixed slots.
            key={i}
            label={t("practice.refleksiPengawas.challenge", { n: i + 1 })}
            value={c}
            onChange={(v) => onChange({ ...content, challenges: challenges.map((x, j) => (j === i ? v : x)) })}
            readOnly={ro("challenges")}
          />
        ))}
      </Stack>
      <Title order={3} fz="h5">
        {t("practice.refleksiPengawas.perubahanPraktik")}
      </Title>
      <NoteField
        label={t("practice.refleksiPengawas.plan")}
        value={content.plan}
        onChange={(v) => onChange({ ...content, plan: v })}
        readOnly={ro("plan")}
        minRows={3}
      />
      {(rates || rated) && (
        <RatingCard title={t("practice.refleksiPengawas.ratingsTitle")}>
          {REFLEKSI_ASPECTS.map((aspect) => (
            <RatingField<string>
              key={aspect}
              title={t(`practice.refleksiPengawas.aspect.${aspect}`)}
              description={t(`practice.refleksiPengawas.aspectHint.${aspect}`)}
              levels={aspect === "kesadaran" ? AWARENESS_LEVELS : GROWTH_LEVELS}
              levelLabel={(l) =>
                aspect === "kesadaran"
                  ? t(`practice.followUp.${l as (typeof AWARENESS_LEVELS)[number]}`)
                  : t(`practice.growth.${l as (typeof GROWTH_LEVELS)[number]}`)
              }
              value={content.ratings[aspect]}
              onChange={(r) => setRating(aspect, r)}
              writable={rates}
            />
          ))}
        </RatingCard>
      )}
    </Stack>
  );
}
