import { Group, Paper, Progress, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

type Props = { total: number; min: number; max: number };

/** "Total: 40 poin (32–128)" with a bar: orange below the range, teal inside it, red above. */
export function RhkTotal({ total, min, max }: Props) {
  const { t } = useTranslation();
  const color = total < min ? "orange" : total > max ? "red" : "teal";
  const hint =
    total < min
      ? t("planning.competence.below", { n: min - total, min })
      : total > max
        ? t("planning.competence.above", { n: total - max, max })
        : t("planning.competence.inRange");
  return (
    <Paper withBorder p="sm" radius="md" aria-live="polite">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Text fw={700} data-testid="rhk-total">
            {t("planning.competence.total", { total, min, max })}
          </Text>
        </Group>
        <Progress
          value={Math.min(100, (total / max) * 100)}
          color={color}
          size="lg"
          aria-label={t("planning.competence.total", { total, min, max })}
        />
        <Text size="sm" c={color}>
          {hint}
        </Text>
      </Stack>
    </Paper>
  );
}
