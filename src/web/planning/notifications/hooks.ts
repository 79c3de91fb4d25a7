import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
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

/** Marks the given notifications read, or all of them when `ids` is left out. */
export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (ids?: string[]) => callApi(markNotificationsRead, { body: ids ? { ids } : {} }),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}
