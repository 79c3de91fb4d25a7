import { Box, Group, SimpleGrid, Text, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Phase } from "../../domain/cycles/phase.js";

const STEPS = ["perencanaan", "pelaksanaan", "penilaian"] as const;

/**
 * Perencanaan → Pelaksanaan → Penilaian, where the cycle stands: a list, not buttons (nothing to
 * tap here; the card's button is the next action). "Selesai" shows all three done. Stacked on
 * phones, side by side from the small breakpoint up.
 */
export function PhaseStepper({ phase }: { phase: Phase }) {
  const { t } = useTranslation();
  const active = phase === "selesai" ? STEPS.length : STEPS.indexOf(phase);
  return (
    <SimpleGrid component="ol" cols={{ base: 1, sm: 3 }} spacing="sm" m={0} p={0} style={{ listStyle: "none" }}>
      {STEPS.map((step, i) => {
        const state = i < active ? "done" : i === active ? "current" : "next";
        return (
          <Group
            key={step}
            component="li"
            gap="sm"
            wrap="nowrap"
            align="flex-start"
            aria-current={state === "current" ? "step" : undefined}
          >
            <Box
              aria-hidden
              w={26}
              h={26}
              style={{
                flex: "none",
                borderRadius: "50%",
                display: "grid",
                placeItems: "center",
                fontSize: 13,
                fontWeight: 700,
                color: state === "next" ? "var(--mantine-color-default-color)" : "var(--mantine-color-white)",
                background:
                  state === "next" ? "var(--mantine-color-default-border)" : "var(--mantine-primary-color-filled)",
              }}
            >
              {state === "done" ? "✓" : i + 1}
            </Box>
            <div>
              <Text size="sm" fw={state === "current" ? 700 : 500}>
                {t(`phase.${step}`)}
                {state === "done" && <VisuallyHidden> ({t("mine.phaseDone")})</VisuallyHidden>}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`phaseHint.${step}`)}
              </Text>
            </div>
          </Group>
        );
      })}
    </SimpleGrid>
  );
}
