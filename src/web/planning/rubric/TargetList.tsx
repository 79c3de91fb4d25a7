import { Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TargetBehaviour } from "../../../domain/rulesets/types.js";
import { BehaviourList } from "../../ui/BehaviourList.js";

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
          <BehaviourList title={t("rubric.recommended")} items={target.recommended} sign="+" color="teal" />
          <BehaviourList title={t("rubric.avoid")} items={target.avoid} sign="−" color="orange" />
        </Stack>
      ))}
    </Stack>
  );
}

/** KS indicators: what can show the practice happened. */
export function EvidenceList({ evidence }: { evidence: string[] }) {
  const { t } = useTranslation();
  if (evidence.length === 0) return null;
  return <BehaviourList title={t("rubric.evidence")} items={evidence} sign="•" color="gray" />;
}
