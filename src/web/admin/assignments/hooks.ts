import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import {
  createAssignment,
  endAssignment,
  listAssignments,
  type ZAssignmentInput,
} from "../../../server/org/contract.js";
import { callApi } from "../../api/client.js";

export function useAssignments(districtId: string | null) {
  return useQuery({
    queryKey: ["assignments", districtId],
    queryFn: () => callApi(listAssignments, { params: { id: districtId ?? "" } }),
    enabled: Boolean(districtId),
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
