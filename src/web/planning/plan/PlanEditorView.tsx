import { Box, Button, Group, Stack, Text, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { PLAN_STEPS, type PlanStep } from "../../../domain/planning/content.js";
import { planProblems } from "../../../domain/planning/rules.js";
import type { PlanView } from "../../../server/planning/contract.js";
import { SaveStatus } from "../../documents/SaveStatus.js";
import { useIsDesktop } from "../../ui/useIsDesktop.js";
import { HistoryDrawer } from "../history/HistoryDrawer.js";
import { stepHint, stepLabel } from "./labels.js";
import { PlanAlerts } from "./PlanAlerts.js";
import { PlanHeader } from "./PlanHeader.js";
import { PlanStepper } from "./PlanStepper.js";
import { StepBody } from "./StepBody.js";
import { usePlanEditor } from "./usePlanEditor.js";

type Props = { view: PlanView; reload: () => Promise<void> };

/** The six-step plan, resumable at any step, with autosave. */
export function PlanEditorView({ view, reload }: Props) {
  const { t } = useTranslation();
  const desktop = useIsDesktop();
  const editor = usePlanEditor(view, reload);
  const [active, setActive] = useState<PlanStep>(editor.content.lastStep);
  const [historyOpen, setHistoryOpen] = useState(false);
  const track = view.cycle.track;
  const readOnly = !editor.editable || editor.state.kind === "conflict";
  const problems = useMemo(
    () =>
      planProblems(editor.content, {
        track,
        ruleSet: view.ruleSet.content,
        correctionReported: view.correctionReported,
        supervisedSchoolIds: view.supervisedSchools.map((s) => s.id),
      }),
    [editor.content, track, view],
  );
  const open = new Set(problems.map((p) => p.step));
  const index = PLAN_STEPS.indexOf(active);
  const goTo = (step: PlanStep) => {
    setActive(step);
    editor.goTo(step);
    window.scrollTo({ top: 0 });
  };
  const prev = PLAN_STEPS[index - 1];
  const next = PLAN_STEPS[index + 1];

  return (
    <Stack gap="md">
      <PlanHeader view={view} onHistory={() => setHistoryOpen(true)} />
      <PlanAlerts view={view} editor={editor} />
      <Box style={desktop ? { display: "grid", gridTemplateColumns: "220px 1fr", gap: 24 } : undefined}>
        <Box mb={desktop ? 0 : "md"}>
          <PlanStepper active={active} track={track} open={open} onSelect={goTo} desktop={desktop} />
        </Box>
        <Stack gap="md" style={{ minWidth: 0 }}>
          <Stack gap={2}>
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Text size="xs" c="dimmed" fw={700} tt="uppercase">
                {t("planning.stepOf", { n: index + 1, total: PLAN_STEPS.length })}
              </Text>
              {editor.editable && <SaveStatus state={editor.state} />}
            </Group>
            <Title order={2} fz="h3">
              {stepLabel(t, active, track)}
            </Title>
            {!readOnly && (
              <Text size="sm" c="dimmed">
                {stepHint(t, active, track)}
              </Text>
            )}
          </Stack>
          <StepBody step={active} view={view} editor={editor} readOnly={readOnly} goTo={goTo} problems={problems} />
          <Group justify="space-between" gap="xs" mt="sm">
            {prev ? (
              <Button variant="default" onClick={() => goTo(prev)}>
                {t("planning.prev")}
              </Button>
            ) : (
              <span />
            )}
            {next && <Button onClick={() => goTo(next)}>{t("planning.next")}</Button>}
          </Group>
        </Stack>
      </Box>
      <HistoryDrawer view={view} opened={historyOpen} onClose={() => setHistoryOpen(false)} />
    </Stack>
  );
}
