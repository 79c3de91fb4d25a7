import { Badge, Group, Stack, Text, UnstyledButton } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PracticeKind } from "../../domain/practice/stages.js";
import { stageLabel } from "./labels.js";
import type { PracticeView } from "./types.js";

const COLOR = { locked: "gray", open: "teal", done: "blue" } as const;

/** The whole path of Praktik Kinerja: where the guru is, what is done, who acts next. */
export function StagePath({
  view,
  selected,
  onSelect,
}: {
  view: PracticeView;
  selected: PracticeKind;
  onSelect: (s: PracticeKind) => void;
}) {
  const { t } = useTranslation();
  const owner = view.viewer.roles.includes("owner");
  return (
    <Stack gap={6} component="ol" p={0} m={0} style={{ listStyle: "none" }} aria-label={t("practice.path")}>
      {view.stages.stages.map((s, i) => {
        const waiting =
          s.nextActor && view.stages.current === s.stage
            ? t(
                s.nextActor === "owner"
                  ? owner
                    ? "practice.waitsOnYou"
                    : "practice.waitsOnGuru"
                  : owner
                    ? "practice.waitsOnSuperior"
                    : "practice.waitsOnYou",
              )
            : null;
        const isSelected = s.stage === selected;
        return (
          <li key={s.stage}>
            <UnstyledButton
              onClick={() => onSelect(s.stage)}
              disabled={s.state === "locked"}
              aria-current={isSelected ? "step" : undefined}
              w="100%"
              p="xs"
              style={{
                borderRadius: 8,
                border: `1px solid ${isSelected ? "var(--mantine-color-teal-6)" : "var(--mantine-color-default-border)"}`,
                opacity: s.state === "locked" ? 0.6 : 1,
                cursor: s.state === "locked" ? "default" : "pointer",
              }}
            >
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm" fw={600}>
                  {i + 1}. {stageLabel(t, view, s.stage)}
                </Text>
                <Badge color={COLOR[s.state]} variant="light" style={{ flexShrink: 0 }}>
                  {t(`practice.state.${s.state}`)}
                </Badge>
              </Group>
              {waiting && (
                <Text size="xs" c="teal" mt={2}>
                  {waiting}
                </Text>
              )}
            </UnstyledButton>
          </li>
        );
      })}
    </Stack>
  );
}
