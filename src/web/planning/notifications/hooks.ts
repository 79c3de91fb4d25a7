import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { listNotifications, markNotificationsRead } from "../../../server/notifications/contract.js";
import { callApi } from "../../api/client.js";

const KEY = ["notifications"] as const;

/** Polled every minute and when the window regains focus: cheap, and enough for a yearly cycle. */
export function useNotifications() {
  return useQuery({
    queryKey: KEY,
    queryFn: () => callApi(listNotifications),
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
    staleTime: 10_000,
  });
}

/** The notifications page: newest first, older ones a page at a time ("Muat lebih banyak"). */
export function useNotificationPages() {
  return useInfiniteQuery({
    queryKey: [...KEY, "pages"],
    queryFn: ({ pageParam }) =>
      callApi(listNotifications, { query: { limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    refetchOnWindowFocus: true,
  });
}

/** Marks the given notifications read, or all of them when `ids` is left out. */
export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (ids?: string[]) => callApi(markNotificationsRead, { body: ids ? { ids } : {} }),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}
