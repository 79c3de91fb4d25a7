import { Alert, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PlanView } from "../../../server/planning/contract.js";
import { EditorAlerts } from "../../documents/EditorAlerts.js";
import { ErrorAlert } from "../../ui/ErrorAlert.js";
import { formatDate } from "../../ui/format.js";
import { dateTime } from "./labels.js";
import type { PlanEditor } from "./usePlanEditor.js";

type Props = { view: PlanView; editor: PlanEditor };

/** Shown above every step: the atasan's note, a conflict, unsent edits, the planning window. */
export function PlanAlerts({ view, editor }: Props) {
  const { t, i18n } = useTranslation();
  const { plan, cycle } = view;
  const owner = view.viewer.roles.includes("owner");
  const s = editor.state;
  return (
    <Stack gap="sm">
      {plan.status === "returned" && plan.returnNote && (
        <Alert color="orange" title={t("planning.returnNoteTitle")} role="note">
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            {plan.returnNote}
          </Text>
          {plan.decidedByName && (
            <Text size="xs" c="dimmed" mt={6}>
              {plan.decidedByName}
              {plan.decidedAt ? ` · ${dateTime(plan.decidedAt, i18n.language)}` : ""}
            </Text>
          )}
        </Alert>
      )}
      <EditorAlerts editor={editor} />
      {s.kind === "error" && <ErrorAlert error={s.error} title={t("planning.saveFailed")} />}
      {owner && editor.editable && !cycle.windowOpen && (
        <Alert color="yellow">
          {cycle.planningOpensOn > cycle.today
            ? t("planning.windowNotOpen", { date: formatDate(cycle.planningOpensOn) })
            : t("planning.windowClosed", { date: formatDate(cycle.planningClosesOn) })}
        </Alert>
      )}
      {!owner && <Alert color="blue">{t("planning.notOwner", { name: view.person.name })}</Alert>}
    </Stack>
  );
}
