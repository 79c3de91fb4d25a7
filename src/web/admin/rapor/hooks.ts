import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRapor, importDistrictRapor, importRapor } from "../../../server/rapor/contract.js";
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

/** One district file for many schools (admin only; all or nothing on the server). */
export function useImportDistrictRapor(districtId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      uploadFile(
        buildUrl(importDistrictRapor.path, { params: { id: districtId } }),
        file,
        importDistrictRapor.response,
      ),
    onSuccess: () =>
      Promise.all([qc.invalidateQueries({ queryKey: ["rapor"] }), qc.invalidateQueries({ queryKey: ["cycle-plan"] })]),
  });
}
