import { Card, Radio, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { NoteField } from "../fields.js";

export type Rating<L extends string> = { level: L | null; feedback: string };

type Props<L extends string> = {
  title: string;
  description?: string;
  levels: readonly L[];
  levelLabel: (level: L) => string;
  value: Rating<L>;
  onChange: (next: Rating<L>) => void;
  /** The Tim Kinerja holds the pen on it; everyone else reads it once given. */
  writable: boolean;
};

/** One rating of the Tim Kinerja: a level (large radios for a phone) and its feedback note. */
export function RatingField<L extends string>({
  title,
  description,
  levels,
  levelLabel,
  value,
  onChange,
  writable,
}: Props<L>) {
  const { t } = useTranslation();
  if (!writable) {
    return (
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {title}
        </Text>
        {value.level ? (
          <Text size="sm">{levelLabel(value.level)}</Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t("practice.rating.notYet")}
          </Text>
        )}
        {value.feedback && (
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            <b>{t("practice.rating.feedback")}:</b> {value.feedback}
          </Text>
        )}
      </Stack>
    );
  }
  return (
    <Stack gap="sm">
      <Radio.Group
        label={title}
        description={description}
        value={value.level ?? ""}
        onChange={(v) => onChange({ ...value, level: v as L })}
      >
        <Stack gap="xs" mt={4}>
          {levels.map((level) => (
            <Radio key={level} size="md" value={level} label={levelLabel(level)} />
          ))}
        </Stack>
      </Radio.Group>
      <NoteField
        label={t("practice.rating.feedback")}
        value={value.feedback}
        onChange={(feedback) => onChange({ ...value, feedback })}
        readOnly={false}
      />
    </Stack>
  );
}

/** A titled card around the Tim Kinerja's ratings. */
export function RatingCard({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  return (
    <Card padding="sm">
      <Stack gap="sm">
        <Title order={3} fz="h5">
          {title}
        </Title>
        {intro && (
          <Text size="sm" c="dimmed">
            {intro}
          </Text>
        )}
        {children}
      </Stack>
    </Card>
  );
}
