import { Accordion, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { LeadershipIndicator, PracticeIndicator } from "../../../domain/rulesets/types.js";
import { byGroup } from "./group.js";
import { EvidenceList, TargetList } from "./TargetList.js";

type Indicator = PracticeIndicator | LeadershipIndicator;

/** Indicators grouped as in the Rapor Pendidikan, each opening to its targets and rubric. */
export function IndicatorRubrics({ indicators }: { indicators: readonly Indicator[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      {byGroup(indicators).map(([group, items]) => (
        <Stack key={group} gap="xs">
          <Title order={2} fz="sm" c="dimmed" tt="uppercase">
            {group}
          </Title>
          <Accordion variant="separated" multiple>
            {items.map((i) => (
              <Accordion.Item key={i.code} value={i.code}>
                <Accordion.Control>
                  <Text fw={600}>{i.name}</Text>
                </Accordion.Control>
                <Accordion.Panel>
                  <Stack gap="sm">
                    <Text size="sm" c="dimmed">
                      {i.description}
                    </Text>
                    <TargetList targets={i.targets} />
                    {"evidence" in i && <EvidenceList evidence={i.evidence} />}
                    {!i.confirmed && (
                      <Text size="xs" c="dimmed">
                        {t("planning.unconfirmed")}
                      </Text>
                    )}
                  </Stack>
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        </Stack>
      ))}
    </Stack>
  );
}
