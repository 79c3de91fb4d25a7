import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { type PlanContent, type PlanStep, ZPlanContent } from "../../../domain/planning/content.js";
import type { PlanView } from "../../../server/planning/contract.js";
import { useDocumentEditor } from "../../documents/useDocumentEditor.js";
import { planKey, useSavePlan } from "../hooks.js";

export type { SaveState } from "../../documents/useDocumentEditor.js";

/** Where this device keeps a plan's unsaved edits (the key drafts were always stored under). */
export const planDraftKey = (planId: string) => `plan_draft_${planId}`;

/**
 * The plan's editor: the document editor (autosave, kept on this device, offline retries) plus
 * the stepper's memory of the last step, which also saves at once.
 */
export function usePlanEditor(view: PlanView, reload: () => Promise<unknown>) {
  const { mutateAsync } = useSavePlan(view.plan.id);
  const qc = useQueryClient();
  const cycleId = view.cycle.id;
  const save = useCallback(
    async (version: number, content: PlanContent) => {
      const { plan } = await mutateAsync({ version, content });
      // The saved plan into the screen's data (and so its device copy: a reload offline shows it).
      qc.setQueryData(planKey(cycleId), (old: PlanView | undefined) => (old ? { ...old, plan } : old));
      return plan.version;
    },
    [mutateAsync, qc, cycleId],
  );
  const editor = useDocumentEditor<PlanContent>({
    draftKey: planDraftKey(view.plan.id),
    schema: ZPlanContent,
    server: view.plan,
    editable: view.viewer.actions.includes("save"),
    owns: view.viewer.roles.includes("owner"),
    save,
    reload,
  });
  const { change, flush, content } = editor;

  /** Moving between steps remembers the step (resume later) and saves at once. */
  const goTo = useCallback(
    (step: PlanStep) => {
      if (content.lastStep === step) void flush();
      else change((c) => ({ ...c, lastStep: step }), true);
    },
    [change, flush, content.lastStep],
  );
  return { ...editor, goTo };
}

export type PlanEditor = ReturnType<typeof usePlanEditor>;
