import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { listPeople, resetAccount, updatePerson, type ZPersonInput } from "../../../server/org/contract.js";
import { callApi } from "../../api/client.js";

/** The district's people a page at a time (the server pages and searches; a district has thousands). */
export function useDistrictPeople(districtId: string | null, q: string) {
  return useInfiniteQuery({
    queryKey: ["people", districtId, q],
    queryFn: ({ pageParam }) =>
      callApi(listPeople, {
        params: { id: districtId ?? "" },
        query: { limit: 50, ...(q ? { q } : {}), ...(pageParam ? { cursor: pageParam } : {}) },
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: Boolean(districtId),
    placeholderData: (previous) => previous,
  });
}

export function useUpdatePerson(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<z.input<typeof ZPersonInput>>) => callApi(updatePerson, { params: { id }, body }),
    onSuccess: () =>
      Promise.all([qc.invalidateQueries({ queryKey: ["people"] }), qc.invalidateQueries({ queryKey: ["school"] })]),
  });
}

/** New temporary password (or a first account); the answer is shown once and never again. */
export function useResetAccount(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => callApi(resetAccount, { params: { id } }),
    onSuccess: () =>
      Promise.all([qc.invalidateQueries({ queryKey: ["people"] }), qc.invalidateQueries({ queryKey: ["school"] })]),
  });
}
