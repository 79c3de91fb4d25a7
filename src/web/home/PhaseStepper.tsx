import { Stepper } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Phase } from "../../domain/cycles/phase.js";
import { useIsDesktop } from "../ui/useIsDesktop.js";

const STEPS = ["perencanaan", "pelaksanaan", "penilaian"] as const;

/** Perencanaan → Pelaksanaan → Penilaian; "selesai" shows all three done. */
export function PhaseStepper({ phase }: { phase: Phase }) {
  const { t } = useTranslation();
  const desktop = useIsDesktop();
  const active = phase === "selesai" ? STEPS.length : STEPS.indexOf(phase);
  // Three labelled steps do not fit side by side at 360 px: stack them on phones.
  return (
    <Stepper
      active={active}
      size="xs"
      orientation={desktop ? "horizontal" : "vertical"}
      allowNextStepsSelect={false}
      aria-label={t(`phase.${phase}`)}
    >
      {STEPS.map((step) => (
        <Stepper.Step key={step} label={t(`phase.${step}`)} description={t(`phaseHint.${step}`)} />
      ))}
    </Stepper>
  );
}
