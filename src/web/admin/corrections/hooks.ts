import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { listCorrections, resolveCorrection } from "../../../server/corrections/contract.js";
import { callApi } from "../../api/client.js";

export type CorrectionFilter = "open" | "resolved" | "all";

export function useCorrections(filter: CorrectionFilter) {
  return useQuery({
    queryKey: ["corrections", filter],
    queryFn: () => callApi(listCorrections, { query: filter === "all" ? {} : { status: filter } }),
  });
}

export function useResolveCorrection(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (resolutionNote: string) => callApi(resolveCorrection, { params: { id }, body: { resolutionNote } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["corrections"] }),
  });
}
