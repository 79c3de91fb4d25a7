import { Alert, Badge, Grid, List, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { RubricCard } from "./RubricCard.js";
import { Section } from "./Section.js";
import type { SectionProps } from "./types.js";

/** Step 2: the chosen indicator beside its rubric on desktop, the rubric below on phones. */
export function PracticeSection({ view, content }: SectionProps) {
  const { t } = useTranslation();
  const track = view.cycle.track;
  const catalogue =
    track === "kepala_sekolah" ? view.ruleSet.content.leadershipIndicators : view.ruleSet.content.practiceIndicators;
  const indicator = catalogue.find((i) => i.code === content.indicatorCode);
  const recommended = view.recommendation?.indicatorCode;
  const schools = view.supervisedSchools.filter((s) => content.schoolIds.includes(s.id));

  return (
    <Section n={2} title={t(`review.practiceTitle.${track}`)}>
      {track === "pengawas" && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t("review.schools", { n: content.schoolIds.length })}
          </Text>
          {content.schoolIds.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t("review.noSchools")}
            </Text>
          ) : (
            <List size="sm">
              {content.schoolIds.map((id) => (
                <List.Item key={id}>{schools.find((s) => s.id === id)?.name ?? id}</List.Item>
              ))}
            </List>
          )}
        </Stack>
      )}
      {indicator ? (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="xs">
              <Text size="xs" c="dimmed">
                {t("review.chosenIndicator")}
              </Text>
              <Text fw={700} fz="lg">
                {indicator.name}
              </Text>
              <Text size="sm" c="dimmed">
                {indicator.group}
              </Text>
              {recommended === indicator.code && (
                <Badge
                  color="teal"
                  variant="light"
                  w="fit-content"
                  h="auto"
                  styles={{ label: { whiteSpace: "normal", overflow: "visible" } }}
                >
                  {t("review.isRecommended")}
                </Badge>
              )}
              {recommended && recommended !== indicator.code && (
                <Text size="xs" c="dimmed">
                  {t("review.recommendedOther", {
                    name: catalogue.find((i) => i.code === recommended)?.name ?? recommended,
                  })}
                </Text>
              )}
              <Text size="sm">{indicator.description}</Text>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <RubricCard indicator={indicator} />
          </Grid.Col>
        </Grid>
      ) : (
        track !== "pengawas" && <Alert color="gray">{t("review.noIndicator")}</Alert>
      )}
    </Section>
  );
}
