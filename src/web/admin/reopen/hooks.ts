import { useQuery } from "@tanstack/react-query";
import { districtReopenRequests } from "../../../server/planning/contract.js";
import { callApi } from "../../api/client.js";

export function useReopenRequests(districtId: string | null) {
  return useQuery({
    queryKey: ["reopen-requests", districtId],
    queryFn: () => callApi(districtReopenRequests, { params: { id: districtId ?? "" } }),
    enabled: districtId !== null,
  });
}
