import { Alert, Button, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PlanView } from "../../../server/planning/contract.js";
import { StaleDraftAlert } from "../../documents/StaleDraftAlert.js";
import { ErrorAlert } from "../../ui/ErrorAlert.js";
import { formatDate } from "../../ui/format.js";
import { dateTime } from "./labels.js";
import type { PlanEditor } from "./usePlanEditor.js";

type Props = { view: PlanView; editor: PlanEditor; reload: () => Promise<void> };

/** Shown above every step: the atasan's note, a conflict, unsent edits, the planning window. */
export function PlanAlerts({ view, editor, reload }: Props) {
  const { t, i18n } = useTranslation();
  const [reloading, setReloading] = useState(false);
  const { plan, cycle } = view;
  const owner = view.viewer.roles.includes("owner");
  const s = editor.state;
  const doReload = () => {
    setReloading(true);
    void reload().finally(() => setReloading(false));
  };
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
      {s.kind === "conflict" && (
        <Alert color="red" title={t("planning.conflict.title")} role="alert">
          <Stack gap="xs">
            <Text size="sm">{s.error.message}</Text>
            <Text size="sm">{t("planning.conflict.body")}</Text>
            <Button size="xs" onClick={doReload} loading={reloading} w="fit-content">
              {t("planning.conflict.reload")}
            </Button>
          </Stack>
        </Alert>
      )}
      {s.kind === "offline" && (
        <Alert color="yellow" title={t("planning.offline.title")}>
          <Text size="sm">{t("planning.offline.body")}</Text>
        </Alert>
      )}
      {s.kind === "error" && <ErrorAlert error={s.error} title={t("planning.saveFailed")} />}
      <StaleDraftAlert
        draft={editor.staleDraft}
        body={(date) => t("planning.staleDraft.body", { date })}
        resolve={editor.resolveStaleDraft}
      />
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
