import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { OrganisationPredikat } from "../../domain/assessment/scale.js";
import {
  exportEkinerjaCsv,
  exportEkinerjaJson,
  exportReportXlsx,
  finaliseResults,
  getResults,
  listResultPeriods,
  setOrganisationPredikat,
} from "../../server/assessment/contract.js";
import { buildUrl, callApi } from "../api/client.js";

export function useResultPeriods(districtId: string | null) {
  return useQuery({
    queryKey: ["resultPeriods", districtId],
    queryFn: () => callApi(listResultPeriods, { params: { id: districtId ?? "" } }),
    enabled: Boolean(districtId),
  });
}

export function useResults(periodId: string | null) {
  return useQuery({
    queryKey: ["results", periodId],
    queryFn: () => callApi(getResults, { params: { id: periodId ?? "" } }),
    enabled: Boolean(periodId),
  });
}

/** Both changes answer the whole results: shown at once, and the period list learns the finalisation. */
function useResultsChange<V>(periodId: string, send: (v: V) => ReturnType<typeof callApi<typeof getResults>>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (data) => {
      qc.setQueryData(["results", periodId], data);
      return qc.invalidateQueries({ queryKey: ["resultPeriods"] });
    },
  });
}

export function useSetOrganisationPredikat(periodId: string) {
  return useResultsChange(periodId, (organisationPredikat: OrganisationPredikat) =>
    callApi(setOrganisationPredikat, { params: { id: periodId }, body: { organisationPredikat } }),
  );
}

export function useFinalise(periodId: string) {
  return useResultsChange(periodId, (reason: string) =>
    callApi(finaliseResults, { params: { id: periodId }, body: reason.trim() ? { reason: reason.trim() } : {} }),
  );
}

/** The download addresses of a period's exports (plain GETs: the browser saves the attachment). */
export function exportUrls(periodId: string) {
  const at = (c: { path: string }) => buildUrl(c.path, { params: { id: periodId } });
  return { csv: at(exportEkinerjaCsv), json: at(exportEkinerjaJson), xlsx: at(exportReportXlsx) };
}
