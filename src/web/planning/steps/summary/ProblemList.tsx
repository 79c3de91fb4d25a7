import { Alert, Anchor, List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PlanStep } from "../../../../domain/planning/content.js";
import type { PlanView } from "../../../../server/planning/contract.js";
import { stepLabel } from "../../plan/labels.js";

type Problem = { step: PlanStep; code: string; message: string };
type Props = { view: PlanView; problems: Problem[]; goTo: (step: PlanStep) => void };

/** What still needs filling in before "Lanjut ajukan", each linking to its step. */
export function ProblemList({ view, problems, goTo }: Props) {
  const { t } = useTranslation();
  if (problems.length === 0)
    return (
      <Alert color="teal" variant="light">
        {t("planning.summary.ready")}
      </Alert>
    );
  return (
    <Alert color="blue" variant="light" title={t("planning.summary.todoTitle", { count: problems.length })}>
      <List size="sm" spacing={6} data-testid="plan-problems">
        {problems.map((p) => (
          <List.Item key={`${p.step}-${p.code}-${p.message}`}>
            <Text size="sm" span>
              {p.message}{" "}
            </Text>
            <Anchor component="button" type="button" size="sm" onClick={() => goTo(p.step)}>
              {t("planning.summary.goToStep", { step: stepLabel(t, p.step, view.cycle.track) })}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
