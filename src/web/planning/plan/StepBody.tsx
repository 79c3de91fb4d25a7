import { Alert, List } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PlanStep } from "../../../domain/planning/content.js";
import type { PlanProblem } from "../../../domain/planning/rules.js";
import { BehaviourStep } from "../steps/behaviour/BehaviourStep.js";
import { CompetenceStep } from "../steps/competence/CompetenceStep.js";
import { DutiesStep } from "../steps/duties/DutiesStep.js";
import { PracticeStep } from "../steps/practice/PracticeStep.js";
import { SchoolsStep } from "../steps/practice/SchoolsStep.js";
import { ProfileStep } from "../steps/profile/ProfileStep.js";
import { SummaryStep } from "../steps/summary/SummaryStep.js";
import { problemMessage } from "./labels.js";
import type { StepProps } from "./types.js";

type Props = StepProps & { step: PlanStep; problems: PlanProblem[] };

function Body(props: Props) {
  const { step, view } = props;
  switch (step) {
    case "profil":
      return <ProfileStep {...props} />;
    case "praktik":
      return view.cycle.track === "pengawas" ? <SchoolsStep {...props} /> : <PracticeStep {...props} />;
    case "kompetensi":
      return <CompetenceStep {...props} />;
    case "tugas":
      return <DutiesStep {...props} />;
    case "perilaku":
      return <BehaviourStep {...props} />;
    case "rangkuman":
      return <SummaryStep {...props} />;
  }
}

/** The step's own form, then (while editing) what this step still needs — a checklist, not a verdict. */
export function StepBody(props: Props) {
  const { t } = useTranslation();
  const mine = props.problems.filter((p) => p.step === props.step);
  return (
    <>
      <Body {...props} />
      {!props.readOnly && props.step !== "rangkuman" && mine.length > 0 && (
        <Alert color="blue" variant="light" title={t("planning.stepTodo")}>
          <List size="sm" spacing={2}>
            {mine.map((p) => (
              <List.Item key={`${p.code}-${JSON.stringify(p.params ?? {})}`}>
                {problemMessage(t, p.code, p.params)}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </>
  );
}
