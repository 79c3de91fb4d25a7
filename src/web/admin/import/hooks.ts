import { useMutation, useQueryClient } from "@tanstack/react-query";
import { importStaff, ZImportResult } from "../../../server/import/contract.js";
import { buildUrl, uploadFile } from "../../api/client.js";

/** Upload the staff CSV; `dryRun` only checks and counts. */
export function useImportStaff(districtId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) =>
      uploadFile(
        buildUrl(importStaff.path, { params: { id: districtId }, query: { dryRun: dryRun ? "true" : "false" } }),
        file,
        ZImportResult,
      ),
    onSuccess: (result) => {
      if (result.dryRun) return;
      // Everything org-related may have changed.
      return qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== "templates" && q.queryKey[0] !== "districts" });
    },
  });
}
