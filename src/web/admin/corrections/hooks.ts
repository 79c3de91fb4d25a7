import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { listCorrections, resolveCorrection } from "../../../server/corrections/contract.js";
import { callApi } from "../../api/client.js";

export type CorrectionFilter = "open" | "resolved" | "all";

/** Corrections a page at a time, searched by person on the server. */
export function useCorrections(filter: CorrectionFilter, q: string) {
  return useInfiniteQuery({
    queryKey: ["corrections", filter, q],
    queryFn: ({ pageParam }) =>
      callApi(listCorrections, {
        query: {
          limit: 50,
          ...(filter === "all" ? {} : { status: filter }),
          ...(q ? { q } : {}),
          ...(pageParam ? { cursor: pageParam } : {}),
        },
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: (previous) => previous,
  });
}

export function useResolveCorrection(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (resolutionNote: string) => callApi(resolveCorrection, { params: { id }, body: { resolutionNote } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["corrections"] }),
  });
}
