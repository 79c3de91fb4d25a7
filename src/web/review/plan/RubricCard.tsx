import { Badge, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { LeadershipIndicator, PracticeIndicator, TargetBehaviour } from "../../../domain/rulesets/types.js";
import { BehaviourList } from "../../ui/BehaviourList.js";
import { useLandmarkName } from "./Section.js";

function Target({ target, n }: { target: TargetBehaviour; n: number }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xs" radius="md">
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t("review.targetN", { n })}: {target.title}
        </Text>
        <BehaviourList title={t("review.doThis")} items={target.recommended} sign="+" color="teal" />
        <BehaviourList title={t("review.avoidThis")} items={target.avoid} sign="−" color="orange" />
      </Stack>
    </Paper>
  );
}

/** The chosen indicator's full rubric: every target perilaku with what to do and what to avoid. */
export function RubricCard({ indicator }: { indicator: PracticeIndicator | LeadershipIndicator }) {
  const { t } = useTranslation();
  const evidence = "evidence" in indicator ? indicator.evidence : [];
  const name = useLandmarkName(t("review.rubric"));
  return (
    <Paper bg="var(--kinerja-panel)" p="sm" radius="md" component="aside" aria-label={name}>
      <Stack gap="sm">
        <Title order={3} fz="h5">
          {t("review.rubric")}: {indicator.name}
        </Title>
        {!indicator.confirmed && (
          <Badge color="gray" variant="outline" w="fit-content">
            {t("review.unconfirmed")}
          </Badge>
        )}
        {indicator.targets.map((target, i) => (
          <Target key={target.code} target={target} n={i + 1} />
        ))}
        {evidence.length > 0 && <BehaviourList title={t("review.evidence")} items={evidence} sign="•" color="gray" />}
      </Stack>
    </Paper>
  );
}
