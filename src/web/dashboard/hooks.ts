import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { districtDashboard, schoolDashboard } from "../../server/dashboard/contract.js";
import { callApi } from "../api/client.js";

/** A school's dashboard (the KS's): one answer, counted on the server. */
export function useSchoolDashboard(schoolId: string | null, periodId: string | null) {
  return useQuery({
    queryKey: ["dashboard-school", schoolId, periodId],
    queryFn: () =>
      callApi(schoolDashboard, {
        query: { ...(schoolId ? { schoolId } : {}), ...(periodId ? { periodId } : {}) },
      }),
    placeholderData: (previous) => previous,
  });
}

/** The district's dashboard: totals and indicators with every page, the schools a page at a time. */
export function useDistrictDashboard(periodId: string | null, q: string) {
  return useInfiniteQuery({
    queryKey: ["dashboard-district", periodId, q],
    queryFn: ({ pageParam }) =>
      callApi(districtDashboard, {
        query: {
          limit: 10,
          ...(periodId ? { periodId } : {}),
          ...(q ? { q } : {}),
          ...(pageParam ? { cursor: pageParam } : {}),
        },
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.schools.nextCursor,
    placeholderData: (previous) => previous,
  });
}
