import { useInfiniteQuery } from "@tanstack/react-query";
import { listRemindersSent } from "../../../server/mail/contract.js";
import { callApi } from "../../api/client.js";

/** The district's reminders and escalations sent, newest first, a page at a time, searched on the server. */
export function useRemindersSent(districtId: string | null, q: string) {
  return useInfiniteQuery({
    queryKey: ["reminders-sent", districtId, q],
    queryFn: ({ pageParam }) =>
      callApi(listRemindersSent, {
        params: { id: districtId ?? "" },
        query: { limit: 50, ...(q ? { q } : {}), ...(pageParam ? { cursor: pageParam } : {}) },
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: districtId !== null,
    placeholderData: (previous) => previous,
  });
}
