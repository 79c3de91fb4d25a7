import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { approvePlan, decideReopen, planHistory, planningQueue, returnPlan } from "../../server/planning/contract.js";
import { callApi } from "../api/client.js";
import { usePlanScreenQuery } from "../planning/hooks.js";
import { practiceKey } from "../practice/hooks.js";
import type { QueueFilter, QueueTrack } from "./queue.js";

const QUEUE_KEY = ["planning-queue"] as const;
const planKey = (cycleId: string) => ["cycle-plan", cycleId] as const;

/**
 * Everyone whose plan I review, a page at a time (a Kepala Dinas reviews thousands), searched
 * and filtered on the server; the counts of every page cover them all.
 */
export function usePlanningQueue(filter: QueueFilter, q: string, track?: QueueTrack) {
  return useInfiniteQuery({
    queryKey: [...QUEUE_KEY, filter, q, track ?? "all"],
    queryFn: ({ pageParam }) =>
      callApi(planningQueue, {
        query: {
          limit: 50,
          filter,
          ...(q ? { q } : {}),
          ...(track ? { track } : {}),
          ...(pageParam ? { cursor: pageParam } : {}),
        },
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: (previous) => previous,
  });
}

export function useCyclePlan(cycleId: string) {
  return useQuery({
    queryKey: planKey(cycleId),
    queryFn: usePlanScreenQuery(cycleId),
  });
}

export function usePlanHistory(planId: string) {
  return useQuery({
    queryKey: ["plan-history", planId],
    queryFn: () => callApi(planHistory, { params: { id: planId } }),
  });
}

/** After a decision the plan, its history and the queue counts all change. */
function useRefreshAfterDecision(cycleId: string) {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: planKey(cycleId) }),
      qc.invalidateQueries({ queryKey: ["plan-history"] }),
      qc.invalidateQueries({ queryKey: QUEUE_KEY }),
      // A practice document's reopen request is decided through the same route.
      qc.invalidateQueries({ queryKey: practiceKey(cycleId) }),
    ]);
}

export function useApprovePlan(cycleId: string, planId: string) {
  const refresh = useRefreshAfterDecision(cycleId);
  return useMutation({
    mutationFn: () => callApi(approvePlan, { params: { id: planId } }),
    onSuccess: refresh,
  });
}

export function useReturnPlan(cycleId: string, planId: string) {
  const refresh = useRefreshAfterDecision(cycleId);
  return useMutation({
    mutationFn: (note: string) => callApi(returnPlan, { params: { id: planId }, body: { note } }),
    onSuccess: refresh,
  });
}

export function useDecideReopen(cycleId: string) {
  const refresh = useRefreshAfterDecision(cycleId);
  return useMutation({
    mutationFn: (input: { requestId: string; approve: boolean; note: string }) =>
      callApi(decideReopen, {
        params: { id: input.requestId },
        body: { approve: input.approve, note: input.note },
      }),
    onSuccess: refresh,
  });
}
