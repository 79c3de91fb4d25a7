import { Badge, Button, Card, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { z } from "zod";
import type { ZCycleSummary } from "../../server/me/contract.js";
import { PATHS } from "../app/access.js";
import { PlanButton } from "../planning/PlanButton.js";
import { formatDate } from "../ui/format.js";
import { nextStepText } from "./next-step.js";
import { PhaseStepper } from "./PhaseStepper.js";

type Cycle = z.infer<typeof ZCycleSummary>;

export function CycleCard({ cycle }: { cycle: Cycle }) {
  const { t } = useTranslation();
  return (
    <Card>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2}>
            <Title order={2} fz="h4">
              {cycle.periodName}
            </Title>
            {cycle.schoolName && (
              <Text size="sm" c="dimmed">
                {cycle.schoolName}
              </Text>
            )}
          </Stack>
          <Badge variant="light">{t(`track.${cycle.track}`)}</Badge>
        </Group>

        <PhaseStepper phase={cycle.phase} />

        <Paper bg="var(--mantine-color-teal-light)" p="sm" radius="md">
          <Text size="xs" fw={700} c="var(--mantine-color-teal-light-color)" tt="uppercase" mb={4}>
            {t("mine.nextStep")}
          </Text>
          <Text size="sm">{nextStepText(t, cycle.nextStepKey)}</Text>
          {cycle.deadline && (
            <Text size="sm" fw={600} mt={6}>
              {t("mine.deadline", { date: formatDate(cycle.deadline) })}
            </Text>
          )}
        </Paper>

        {cycle.phase !== "perencanaan" && (
          <Button component={Link} to={`${PATHS.practice}/${cycle.cycleId}`} fullWidth size="md">
            {t("mine.openPractice")}
          </Button>
        )}
        <PlanButton cycleId={cycle.cycleId} phase={cycle.phase} planStatus={cycle.planStatus} />

        <Stack gap={2}>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase">
            {t("mine.superior")}
          </Text>
          {cycle.superiorName ? (
            <Text size="sm">
              <Text span fw={600}>
                {cycle.superiorName}
              </Text>
              {cycle.superiorKind && ` · ${t(`superiorKind.${cycle.superiorKind}`)}`}
            </Text>
          ) : (
            <Text size="sm" c="orange">
              {t("mine.noSuperior")}
            </Text>
          )}
        </Stack>
      </Stack>
    </Card>
  );
}
