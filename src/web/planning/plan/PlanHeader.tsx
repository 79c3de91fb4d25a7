import { Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PlanView } from "../../../server/planning/contract.js";
import { formatDate } from "../../ui/format.js";
import { STATUS_COLOR, superiorKindLabel } from "./labels.js";

type Props = { view: PlanView; onHistory: () => void };

/** Period, status, the planning close date and who reviews the plan. */
export function PlanHeader({ view, onHistory }: Props) {
  const { t } = useTranslation();
  const { cycle, plan, superior, person } = view;
  const owner = view.viewer.roles.includes("owner");
  const kind = superiorKindLabel(t, superior.kind);
  // KS and pengawas, and a Plt's own guru plan, are reviewed at the Dinas with the Tim Kinerja.
  const withTeam = cycle.track !== "guru" || superior.kind === "head_of_district";
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Title order={1} fz={{ base: "h3", sm: "h2" }}>
            {t("planning.title")}
          </Title>
          <Text size="sm" c="dimmed">
            {[cycle.periodName, owner ? null : person.name].filter(Boolean).join(" · ")}
          </Text>
        </Stack>
        <Button variant="default" size="xs" onClick={onHistory} style={{ flexShrink: 0 }}>
          {t("planning.history.open")}
        </Button>
      </Group>
      <Paper withBorder p="sm" radius="md">
        <Stack gap={6}>
          <Group gap="xs" wrap="wrap">
            <Badge color={STATUS_COLOR[plan.status]} variant="light" size="lg">
              {t(`planning.status.${plan.status}`)}
            </Badge>
            {plan.revision > 1 && (
              <Text size="xs" c="dimmed">
                {t("planning.revision", { n: plan.revision })}
              </Text>
            )}
          </Group>
          <Text size="sm" fw={600}>
            {t("planning.deadline", { date: formatDate(cycle.planningClosesOn) })}
          </Text>
          <Text size="sm">
            <Text span c="dimmed">
              {t("planning.superior")}:{" "}
            </Text>
            {superior.name ? (
              <Text span fw={600}>
                {superior.name}
                {kind ? ` · ${kind}` : ""}
              </Text>
            ) : (
              <Text span c="orange">
                {t("planning.noSuperior")}
              </Text>
            )}
          </Text>
          {withTeam && (
            <Text size="xs" c="dimmed">
              {t("planning.withTeam")}
            </Text>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
