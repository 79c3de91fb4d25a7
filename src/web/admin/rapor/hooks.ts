import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRapor, importRapor } from "../../../server/rapor/contract.js";
import { buildUrl, callApi, uploadFile } from "../../api/client.js";

const raporKey = (schoolId: string) => ["rapor", schoolId] as const;

export function useRapor(schoolId: string | null) {
  return useQuery({
    queryKey: raporKey(schoolId ?? ""),
    queryFn: () => callApi(getRapor, { params: { id: schoolId ?? "" } }),
    enabled: Boolean(schoolId),
  });
}

/** Replace the school's results with a CSV (all or nothing on the server). */
export function useImportRapor(schoolId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      uploadFile(buildUrl(importRapor.path, { params: { id: schoolId } }), file, importRapor.response),
    onSuccess: (result) => {
      const { ignoredColumns: _ignored, ...view } = result;
      qc.setQueryData(raporKey(schoolId), view);
      // Plans show the recommendation too.
      return qc.invalidateQueries({ queryKey: ["cycle-plan"] });
    },
  });
}
