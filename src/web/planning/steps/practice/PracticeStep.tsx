import { Alert, Radio, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { StepProps } from "../../plan/types.js";
import { byGroup } from "../../rubric/group.js";
import { IndicatorOption } from "./IndicatorOption.js";

/** Step 2 (guru and KS): exactly one indicator, the Rapor Pendidikan recommendation marked. */
export function PracticeStep({ view, editor, readOnly }: StepProps) {
  const { t } = useTranslation();
  const ks = view.cycle.track === "kepala_sekolah";
  const all = ks ? view.ruleSet.content.leadershipIndicators : view.ruleSet.content.practiceIndicators;
  const chosen = editor.content.indicatorCode;
  const recommended = view.recommendation?.indicatorCode ?? null;
  const recommendedName = all.find((i) => i.code === recommended)?.name;
  const shown = readOnly ? all.filter((i) => i.code === chosen) : all;

  return (
    <Stack gap="md">
      {!ks && !readOnly && (
        <Alert color={recommendedName ? "teal" : "blue"} variant="light">
          {recommendedName
            ? t("planning.practice.recommendation", { name: recommendedName })
            : t("planning.practice.noRecommendation")}
        </Alert>
      )}
      {ks && !readOnly && <Text size="sm">{t("planning.practice.ksIntro")}</Text>}
      {readOnly && !chosen && <Text c="dimmed">{t("planning.notChosen")}</Text>}
      <Radio.Group
        value={chosen ?? ""}
        onChange={(code) => editor.change((c) => ({ ...c, indicatorCode: code }))}
        label={readOnly ? undefined : t(ks ? "planning.practice.chooseKs" : "planning.practice.choose")}
        labelProps={{ mb: "xs" }}
      >
        <Stack gap="lg">
          {byGroup(shown).map(([group, items]) => (
            <Stack key={group} gap="xs">
              <Title order={3} fz="sm" c="dimmed" tt="uppercase">
                {group}
              </Title>
              {items.map((i) => (
                <IndicatorOption
                  key={i.code}
                  indicator={i}
                  selected={i.code === chosen}
                  recommended={i.code === recommended}
                  readOnly={readOnly}
                />
              ))}
            </Stack>
          ))}
        </Stack>
      </Radio.Group>
    </Stack>
  );
}
