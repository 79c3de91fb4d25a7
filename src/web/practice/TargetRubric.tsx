import { List, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Indicator } from "./types.js";

type Target = Indicator["targets"][number];

/** A target perilaku's rubric: the behaviours to do and to avoid, visible before the observation. */
export function TargetRubric({ target }: { target: Target }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="xs" fw={700} c="teal">
        {t("practice.rubric.recommended")}
      </Text>
      <List size="sm" spacing={2}>
        {target.recommended.map((b) => (
          <List.Item key={b}>{b}</List.Item>
        ))}
      </List>
      <Text size="xs" fw={700} c="orange">
        {t("practice.rubric.avoid")}
      </Text>
      <List size="sm" spacing={2}>
        {target.avoid.map((b) => (
          <List.Item key={b}>{b}</List.Item>
        ))}
      </List>
    </Stack>
  );
}
