import { Anchor, Badge, Collapse, Group, Paper, Radio, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import type { LeadershipIndicator, PracticeIndicator } from "../../../../domain/rulesets/types.js";
import { EvidenceList, TargetList } from "../../rubric/TargetList.js";

type Props = {
  indicator: PracticeIndicator | LeadershipIndicator;
  selected: boolean;
  recommended: boolean;
  readOnly: boolean;
};

/** One selectable indicator card; its rubric opens in place, so choosing is an informed choice. */
export function IndicatorOption({ indicator, selected, recommended, readOnly }: Props) {
  const { t } = useTranslation();
  const [open, { toggle }] = useDisclosure(false);
  const rubricId = `rubric-${indicator.code}`;
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      bg={selected ? "var(--mantine-color-teal-light)" : undefined}
      style={selected ? { borderColor: "var(--mantine-color-teal-6)", borderWidth: 2 } : undefined}
    >
      <Stack gap="xs">
        {recommended && (
          <Badge color="teal" variant="filled" size="sm" style={{ alignSelf: "flex-start" }}>
            {t("planning.practice.recommendedBadge")}
          </Badge>
        )}
        {readOnly ? (
          <Text fw={600}>{indicator.name}</Text>
        ) : (
          <Radio value={indicator.code} label={<Text fw={600}>{indicator.name}</Text>} />
        )}
        <Text size="sm" c="dimmed">
          {indicator.description}
        </Text>
        <Group gap="xs">
          <Anchor
            component="button"
            type="button"
            size="sm"
            fw={600}
            onClick={toggle}
            aria-expanded={open}
            aria-controls={rubricId}
            ta="left"
          >
            {open ? t("planning.practice.hideRubric") : t("planning.practice.showRubric")}
          </Anchor>
          {!indicator.confirmed && (
            <Text size="xs" c="dimmed">
              {t("planning.unconfirmed")}
            </Text>
          )}
        </Group>
        <Collapse expanded={open} id={rubricId}>
          <Stack gap="sm" pt={4}>
            <TargetList targets={indicator.targets} />
            {"evidence" in indicator && <EvidenceList evidence={indicator.evidence} />}
          </Stack>
        </Collapse>
      </Stack>
    </Paper>
  );
}
