import { Stack } from "@mantine/core";
import { BehaviourSection } from "./BehaviourSection.js";
import { CompetenceSection } from "./CompetenceSection.js";
import { DutiesSection } from "./DutiesSection.js";
import { PracticeSection } from "./PracticeSection.js";
import { ProfileSection } from "./ProfileSection.js";
import type { SectionProps } from "./types.js";

/** The plan read-only, laid out by step: used for the current version and for archived ones. */
export function PlanContentView(props: SectionProps) {
  return (
    <Stack gap="md">
      <ProfileSection {...props} />
      <PracticeSection {...props} />
      <CompetenceSection {...props} />
      <DutiesSection {...props} />
      <BehaviourSection {...props} />
    </Stack>
  );
}
