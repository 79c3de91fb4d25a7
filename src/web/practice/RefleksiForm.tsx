import { Card, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { CHALLENGE_COUNT, type RefleksiContent } from "../../domain/practice/refleksi.js";
import { LineField, NoteField, writes } from "./fields.js";

type Props = { content: RefleksiContent; onChange: (c: RefleksiContent) => void; pen: "all" | string[] | null };

/** Refleksi Tindak Lanjut: the four questions (DOMAIN.md §4), then the atasan's discussion notes. */
export function RefleksiForm({ content, onChange, pen }: Props) {
  const { t } = useTranslation();
  const ro = !writes(pen, "inspiration");
  const challenges = Array.from({ length: CHALLENGE_COUNT }, (_, i) => content.challenges[i] ?? "");
  return (
    <Stack gap="md">
      <NoteField
        label={t("practice.refleksi.inspiration")}
        value={content.inspiration}
        onChange={(v) => onChange({ ...content, inspiration: v })}
        readOnly={ro}
        minRows={3}
      />
      <NoteField
        label={t("practice.refleksi.practiceChange")}
        value={content.practiceChange}
        onChange={(v) => onChange({ ...content, practiceChange: v })}
        readOnly={ro}
        minRows={3}
      />
      <Stack gap={6}>
        {challenges.map((c, i) => (
          <LineField
            // biome-ignore lint/suspicious/noArrayIndexKey: exactly three fixed slots.
            key={i}
            label={t("practice.refleksi.challenge", { n: i + 1 })}
            value={c}
            onChange={(v) => onChange({ ...content, challenges: challenges.map((x, j) => (j === i ? v : x)) })}
            readOnly={ro}
          />
        ))}
      </Stack>
      <NoteField
        label={t("practice.refleksi.plan")}
        value={content.plan}
        onChange={(v) => onChange({ ...content, plan: v })}
        readOnly={ro}
        minRows={3}
      />
      {(writes(pen, "discussion") || content.discussion || content.feedback) && (
        <Card padding="sm">
          <Stack gap="sm">
            <Title order={3} fz="h5">
              {t("practice.refleksi.discussionTitle")}
            </Title>
            <NoteField
              label={t("practice.refleksi.discussion")}
              value={content.discussion}
              onChange={(v) => onChange({ ...content, discussion: v })}
              readOnly={!writes(pen, "discussion")}
            />
            <NoteField
              label={t("practice.refleksi.feedback")}
              value={content.feedback}
              onChange={(v) => onChange({ ...content, feedback: v })}
              readOnly={!writes(pen, "feedback")}
            />
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
