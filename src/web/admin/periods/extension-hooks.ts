import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { createExtension, type ExtensionInput, listExtensions } from "../../../server/extensions/contract.js";
import { callApi } from "../../api/client.js";

const key = (periodId: string) => ["extensions", periodId] as const;

export function useExtensions(periodId: string) {
  return useQuery({ queryKey: key(periodId), queryFn: () => callApi(listExtensions, { params: { id: periodId } }) });
}

export function useCreateExtension(periodId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ExtensionInput) => callApi(createExtension, { params: { id: periodId }, body }),
    // A person's deadline (and whether they are overdue) changes with it.
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: key(periodId) }),
        qc.invalidateQueries({ queryKey: ["planning-queue"] }),
        qc.invalidateQueries({ queryKey: ["cycle-plan"] }),
      ]),
  });
}
