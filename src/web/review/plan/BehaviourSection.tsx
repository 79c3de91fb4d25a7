import { SimpleGrid, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Section } from "./Section.js";
import type { SectionProps } from "./types.js";

/** Step 5: the 7 BerAKHLAK aspects; those with a note first, the rest named on one line. */
export function BehaviourSection({ view, content }: SectionProps) {
  const { t } = useTranslation();
  const aspects = view.ruleSet.content.behaviourAspects.map((a) => ({
    ...a,
    note: content.behaviourNotes[a.code]?.trim() ?? "",
  }));
  const noted = aspects.filter((a) => a.note);
  const silent = aspects.filter((a) => !a.note);
  return (
    <Section n={5} title={t("review.steps.perilaku")}>
      {noted.length > 0 && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
          {noted.map((a) => (
            <Stack key={a.code} gap={0}>
              <Text size="sm" fw={600}>
                {a.name}
              </Text>
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                {a.note}
              </Text>
            </Stack>
          ))}
        </SimpleGrid>
      )}
      {silent.length > 0 && (
        <Text size="sm" c="dimmed">
          {t("review.withoutNote", { aspects: silent.map((a) => a.name).join(", ") })}
        </Text>
      )}
    </Section>
  );
}
