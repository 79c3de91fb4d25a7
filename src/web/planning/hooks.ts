import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { listMyCorrections, reportCorrection } from "../../server/corrections/contract.js";
import { uploadFile as uploadContract, ZStoredFile } from "../../server/files/contract.js";
import {
  agreePlan,
  catalogue,
  getCyclePlan,
  type PlanView,
  planHistory,
  requestReopen,
  ruleSet,
  savePlan,
  submitPlan,
} from "../../server/planning/contract.js";
import { ApiError, type ApiInput, buildUrl, callApi, uploadFile } from "../api/client.js";
import { withDeviceCopy } from "../offline/device-copy.js";

export const planKey = (cycleId: string) => ["plan", cycleId] as const;

/**
 * The plan screen: the plan view joined with its rule set. A stored rule set never changes, so it
 * is fetched once per rule set (and cached by the browser): the plan view stays small.
 */
export function usePlanScreenQuery(cycleId: string) {
  const qc = useQueryClient();
  return async (): Promise<PlanView> => {
    const view = await callApi(getCyclePlan, { params: { id: cycleId } });
    const rules = await qc.fetchQuery({
      queryKey: ["ruleSet", view.ruleSet.id],
      queryFn: () => callApi(ruleSet, { params: { id: view.ruleSet.id } }),
      staleTime: Number.POSITIVE_INFINITY,
    });
    return { ...view, ruleSet: rules };
  };
}

/** The whole planning screen of one cycle; without signal, the last one kept on this device. */
export function usePlanView(cycleId: string) {
  const qc = useQueryClient();
  return useQuery({
    queryKey: planKey(cycleId),
    queryFn: withDeviceCopy(qc, planKey(cycleId), usePlanScreenQuery(cycleId)),
    refetchOnMount: "always",
    networkMode: "offlineFirst",
  });
}

/** Autosave: no cache update here — the editor keeps the content and the version itself. */
export function useSavePlan(planId: string) {
  return useMutation({
    mutationFn: (body: ApiInput<typeof savePlan>["body"]) => callApi(savePlan, { params: { id: planId }, body }),
    // Fail fast when offline instead of pausing: the editor keeps the draft and says so.
    networkMode: "always",
  });
}

/** A status change (submit, agree, reopen request) reloads the screen and "Kinerja Saya". */
function useRefreshPlan(cycleId: string) {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: planKey(cycleId) }),
      qc.invalidateQueries({ queryKey: ["planHistory"] }),
      qc.invalidateQueries({ queryKey: ["me"] }),
    ]);
}

export function useSubmitPlan(view: PlanView) {
  const refresh = useRefreshPlan(view.cycle.id);
  return useMutation({
    mutationFn: (version: number) => callApi(submitPlan, { params: { id: view.plan.id }, body: { version } }),
    // Submitting the same version twice is a success server-side: a retried click never fails.
    retry: (count, error) => count < 3 && isNetworkError(error),
    networkMode: "always",
    onSuccess: refresh,
  });
}

export function useAgreePlan(view: PlanView) {
  const refresh = useRefreshPlan(view.cycle.id);
  return useMutation({ mutationFn: () => callApi(agreePlan, { params: { id: view.plan.id } }), onSuccess: refresh });
}

export function useRequestReopen(view: PlanView) {
  const refresh = useRefreshPlan(view.cycle.id);
  return useMutation({
    mutationFn: (reason: string) => callApi(requestReopen, { params: { id: view.plan.id }, body: { reason } }),
    onSuccess: refresh,
  });
}

export function usePlanHistory(planId: string, enabled: boolean) {
  return useQuery({
    queryKey: ["planHistory", planId],
    queryFn: () => callApi(planHistory, { params: { id: planId } }),
    enabled,
  });
}

/** Every rubric, for everyone signed in (the latest period's rule set). */
export function useCatalogue() {
  return useQuery({ queryKey: ["catalogue"], queryFn: () => callApi(catalogue), staleTime: 10 * 60_000 });
}

export function useMyCorrections(enabled = true) {
  return useQuery({ queryKey: ["myCorrections"], queryFn: () => callApi(listMyCorrections), enabled });
}

export function useReportCorrection(cycleId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (note: string) => callApi(reportCorrection, { body: { note } }),
    // A reported correction answers the profile step: the plan's problems change too.
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ["myCorrections"] }),
        qc.invalidateQueries({ queryKey: planKey(cycleId) }),
      ]),
  });
}

/** Uploads an SK (PDF ≤ 10 MB; the server checks the content) and remembers its name for this session. */
export function useUploadSk() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadFile(buildUrl(uploadContract.path, { query: { kind: "sk" } }), file, ZStoredFile),
    onSuccess: (stored) => qc.setQueryData(fileKey(stored.id), stored),
  });
}

export const fileKey = (id: string) => ["fileMeta", id] as const;

export function isNetworkError(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 0 || error.status >= 500);
}
