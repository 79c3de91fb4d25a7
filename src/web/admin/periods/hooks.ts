import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  extendPeriod,
  getPeriod,
  listPeriodCycles,
  listPeriods,
  listTemplates,
  openPeriod,
} from "../../../server/periods/contract.js";
import { type ApiInput, callApi } from "../../api/client.js";

export function useTemplates() {
  return useQuery({ queryKey: ["templates"], queryFn: () => callApi(listTemplates), staleTime: Infinity });
}

export function usePeriods(districtId: string | null) {
  return useQuery({
    queryKey: ["periods", districtId],
    queryFn: () => callApi(listPeriods, { params: { id: districtId ?? "" } }),
    enabled: Boolean(districtId),
  });
}

export function usePeriod(id: string) {
  return useQuery({ queryKey: ["period", id], queryFn: () => callApi(getPeriod, { params: { id } }) });
}

export type CycleFilter = Omit<NonNullable<ApiInput<typeof listPeriodCycles>["query"]>, "cursor" | "limit">;

/** A period's cycles a page at a time, searched and filtered on the server. */
export function usePeriodCycles(periodId: string, filter: CycleFilter, limit = 50) {
  return useInfiniteQuery({
    queryKey: ["period", periodId, "cycles", filter, limit],
    queryFn: ({ pageParam }) =>
      callApi(listPeriodCycles, {
        params: { id: periodId },
        query: { ...filter, limit, ...(pageParam ? { cursor: pageParam } : {}) },
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: (previous) => previous,
  });
}

export function useOpenPeriod(districtId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiInput<typeof openPeriod>["body"]) =>
      callApi(openPeriod, { params: { id: districtId }, body }),
    onSuccess: () =>
      Promise.all([qc.invalidateQueries({ queryKey: ["periods"] }), qc.invalidateQueries({ queryKey: ["me"] })]),
  });
}

export function useExtendPeriod(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiInput<typeof extendPeriod>["body"]) => callApi(extendPeriod, { params: { id }, body }),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ["periods"] }),
        qc.invalidateQueries({ queryKey: ["period", id] }),
        qc.invalidateQueries({ queryKey: ["me"] }),
      ]),
  });
}
