import { List, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TargetBehaviour } from "../../../domain/rulesets/types.js";

// Long behaviours wrap: keep the +/− beside the first line, not the middle.
const ALIGN_TOP = { itemWrapper: { alignItems: "flex-start" } } as const;

/** The target perilaku of one indicator with the behaviours to do (+) and to avoid (−). */
export function TargetList({ targets }: { targets: TargetBehaviour[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {targets.map((target, i) => (
        <Stack key={target.code} gap={4}>
          <Text size="sm" fw={600}>
            {i + 1}. {target.title}
          </Text>
          <Text size="xs" fw={700} c="teal.8">
            {t("rubric.recommended")}
          </Text>
          <List
            size="sm"
            spacing={2}
            styles={ALIGN_TOP}
            icon={
              <Text c="teal.8" fw={700} aria-hidden>
                +
              </Text>
            }
          >
            {target.recommended.map((b) => (
              <List.Item key={b}>{b}</List.Item>
            ))}
          </List>
          <Text size="xs" fw={700} c="orange.8">
            {t("rubric.avoid")}
          </Text>
          <List
            size="sm"
            spacing={2}
            styles={ALIGN_TOP}
            icon={
              <Text c="orange.8" fw={700} aria-hidden>
                −
              </Text>
            }
          >
            {target.avoid.map((b) => (
              <List.Item key={b}>{b}</List.Item>
            ))}
          </List>
        </Stack>
      ))}
    </Stack>
  );
}

/** KS indicators: what can show the practice happened. */
export function EvidenceList({ evidence }: { evidence: string[] }) {
  const { t } = useTranslation();
  if (evidence.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text size="xs" fw={700} c="dimmed">
        {t("rubric.evidence")}
      </Text>
      <List size="sm" spacing={2}>
        {evidence.map((e) => (
          <List.Item key={e}>{e}</List.Item>
        ))}
      </List>
    </Stack>
  );
}
