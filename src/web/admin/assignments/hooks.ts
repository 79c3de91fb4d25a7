import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { AssignmentKind } from "../../../domain/org/types.js";
import {
  createAssignment,
  endAssignment,
  listAssignments,
  type ZAssignmentInput,
} from "../../../server/org/contract.js";
import { callApi } from "../../api/client.js";

export type AssignmentFilter = {
  q: string;
  kind: AssignmentKind | null;
  state: "current" | "all";
};

/** The district's assignments a page at a time, searched and filtered on the server. */
export function useAssignments(districtId: string | null, filter: AssignmentFilter) {
  return useInfiniteQuery({
    queryKey: ["assignments", districtId, filter],
    queryFn: ({ pageParam }) =>
      callApi(listAssignments, {
        params: { id: districtId ?? "" },
        query: {
          limit: 50,
          state: filter.state,
          ...(filter.q ? { q: filter.q } : {}),
          ...(filter.kind ? { kind: filter.kind } : {}),
          ...(pageParam ? { cursor: pageParam } : {}),
        },
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: Boolean(districtId),
    placeholderData: (previous) => previous,
  });
}

function useInvalidateOrg() {
  const qc = useQueryClient();
  // An assignment changes who assesses whom: refresh org lists, periods and my own view.
  return () =>
    Promise.all(
      ["assignments", "school", "schools", "period", "periods", "me"].map((key) =>
        qc.invalidateQueries({ queryKey: [key] }),
      ),
    );
}

export function useCreateAssignment() {
  const invalidate = useInvalidateOrg();
  return useMutation({
    mutationFn: (body: z.input<typeof ZAssignmentInput>) => callApi(createAssignment, { body }),
    onSuccess: invalidate,
  });
}

export function useEndAssignment() {
  const invalidate = useInvalidateOrg();
  return useMutation({
    mutationFn: (input: { id: string; endsOn: string | null }) =>
      callApi(endAssignment, { params: { id: input.id }, body: { endsOn: input.endsOn } }),
    onSuccess: invalidate,
  });
}
