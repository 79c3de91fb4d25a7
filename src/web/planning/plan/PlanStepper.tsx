import { Stepper } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CycleTrack } from "../../../domain/org/assessors.js";
import { PLAN_STEPS, type PlanStep } from "../../../domain/planning/content.js";
import { stepLabel } from "./labels.js";

type Props = {
  active: PlanStep;
  track: CycleTrack;
  /** Steps that still need something: they keep their number instead of a check mark. */
  open: ReadonlySet<PlanStep>;
  onSelect: (step: PlanStep) => void;
  desktop: boolean;
};

/** Vertical with labels beside the content on wide screens; six numbered dots on a phone. */
export function PlanStepper({ active, track, open, onSelect, desktop }: Props) {
  const { t } = useTranslation();
  return (
    <Stepper
      active={PLAN_STEPS.indexOf(active)}
      onStepClick={(i) => {
        const step = PLAN_STEPS[i];
        if (step) onSelect(step);
      }}
      orientation={desktop ? "vertical" : "horizontal"}
      size={desktop ? "sm" : "xs"}
      iconSize={desktop ? undefined : 30}
      styles={desktop ? undefined : { separator: { marginInline: 4 }, steps: { justifyContent: "space-between" } }}
      aria-label={t("planning.stepsLabel")}
    >
      {PLAN_STEPS.map((step, i) => (
        <Stepper.Step
          key={step}
          allowStepSelect
          // Named by what it shows: the label on wide screens; the number (and the label) on a phone.
          aria-label={desktop ? undefined : `${i + 1} ${stepLabel(t, step, track)}`}
          label={desktop ? stepLabel(t, step, track) : undefined}
          completedIcon={open.has(step) ? i + 1 : undefined}
          color={open.has(step) && i < PLAN_STEPS.indexOf(active) ? "orange" : undefined}
        />
      ))}
    </Stepper>
  );
}
