import { useInfiniteQuery } from "@tanstack/react-query";
import { districtReopenRequests } from "../../../server/planning/contract.js";
import { callApi } from "../../api/client.js";

/** The district's reopen requests a page at a time, pending first, searched by person on the server. */
export function useReopenRequests(districtId: string | null, q: string) {
  return useInfiniteQuery({
    queryKey: ["reopen-requests", districtId, q],
    queryFn: ({ pageParam }) =>
      callApi(districtReopenRequests, {
        params: { id: districtId ?? "" },
        query: { limit: 50, ...(q ? { q } : {}), ...(pageParam ? { cursor: pageParam } : {}) },
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: districtId !== null,
    placeholderData: (previous) => previous,
  });
}
