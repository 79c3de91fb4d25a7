import { Alert, Button, Stack, Text } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { PlanProblem } from "../../../../domain/planning/rules.js";
import { ReopenAsk } from "../../../review/ReopenAsk.js";
import { planKey, useRequestReopen } from "../../hooks.js";
import { dateTime, problemMessage } from "../../plan/labels.js";
import type { StepProps } from "../../plan/types.js";
import { AgreeSection } from "./AgreeSection.js";
import { PlanSummary } from "./PlanSummary.js";
import { ProblemList } from "./ProblemList.js";
import { SubmitModal } from "./SubmitModal.js";

type Props = StepProps & { problems: PlanProblem[] };

/** Step 6: everything on one page, what is still missing, and the next action for this status. */
export function SummaryStep({ view, editor, readOnly, goTo, problems }: Props) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const [submitting, setSubmitting] = useState(false);
  const reopen = useRequestReopen(view);
  const { plan } = view;
  const canSubmit = view.viewer.actions.includes("submit") && !readOnly;
  const { flush } = editor;

  // The server's list is the authority: save what is pending, then read it again.
  useEffect(() => {
    if (!canSubmit) return;
    void flush().then((ok) => {
      if (ok) void qc.invalidateQueries({ queryKey: planKey(view.cycle.id) });
    });
  }, [canSubmit, flush, qc, view.cycle.id]);

  const fresh = view.plan.version === editor.version && !editor.dirty;
  const shown = fresh
    ? view.problems
    : problems.map((p) => ({ step: p.step, code: p.code, message: problemMessage(t, p.code, p.params) }));

  return (
    <Stack gap="md">
      {plan.status === "submitted" && (
        <Alert color="blue" title={t("planning.status.submitted")}>
          {t("planning.summary.waiting", {
            name: view.superior.name ?? t("planning.superior"),
            date: plan.submittedAt ? dateTime(plan.submittedAt, i18n.language) : "",
          })}
        </Alert>
      )}
      {plan.status === "approved" && view.viewer.actions.includes("agree") && <AgreeSection view={view} />}
      {plan.status === "agreed" && (
        <Alert color="green" title={t("planning.status.agreed")}>
          <Stack gap="xs">
            <Text size="sm">
              {t("planning.summary.agreed", { date: plan.agreedAt ? dateTime(plan.agreedAt, i18n.language) : "" })}
            </Text>
            <Button
              component="a"
              href={`/api/cycles/${view.cycle.id}/plan.pdf`}
              download
              variant="light"
              size="xs"
              w="fit-content"
            >
              {t("review.printPlan")}
            </Button>
          </Stack>
        </Alert>
      )}
      {canSubmit && <ProblemList view={view} problems={shown} goTo={goTo} />}
      <PlanSummary view={view} content={editor.content} goTo={readOnly ? undefined : goTo} />
      {canSubmit && (
        <Stack gap={4}>
          <Button size="lg" onClick={() => setSubmitting(true)} disabled={shown.length > 0}>
            {t("planning.submit.button")}
          </Button>
          {shown.length > 0 && (
            <Text size="xs" c="dimmed">
              {t("planning.submit.blocked")}
            </Text>
          )}
        </Stack>
      )}
      {view.viewer.roles.includes("owner") && (
        <ReopenAsk
          of="plan"
          requests={view.reopenRequests}
          mayAsk={view.viewer.actions.includes("requestReopen")}
          reopen={reopen}
        />
      )}
      <SubmitModal view={view} editor={editor} opened={submitting} onClose={() => setSubmitting(false)} />
    </Stack>
  );
}
