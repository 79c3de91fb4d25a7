import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import {
  assignTimMember,
  importTimLinks,
  listTimMembers,
  listTimSubjects,
  unassignTimMember,
} from "../../../server/tim-kinerja/contract.js";
import { buildUrl, callApi, uploadFile } from "../../api/client.js";

export type Filter = { q: string; none: boolean; memberId?: string | undefined };

/** The workload: members with how many subjects each, a page at a time, searched on the server. */
export function useTimMembers(districtId: string | null, f: Filter) {
  return useInfiniteQuery({
    queryKey: ["timKinerja", "members", districtId, f],
    queryFn: ({ pageParam }) =>
      callApi(listTimMembers, {
        params: { id: districtId ?? "" },
        query: {
          limit: 50,
          filter: f.none ? "none" : "all",
          ...(f.q ? { q: f.q } : {}),
          ...(pageParam ? { cursor: pageParam } : {}),
        },
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: Boolean(districtId),
    placeholderData: (previous) => previous,
  });
}

/** The district's KS and pengawas with their members; `none` = without a member. */
export function useTimSubjects(districtId: string | null, f: Filter, limit = 50) {
  return useInfiniteQuery({
    queryKey: ["timKinerja", "subjects", districtId, f, limit],
    queryFn: ({ pageParam }) =>
      callApi(listTimSubjects, {
        params: { id: districtId ?? "" },
        query: {
          limit,
          filter: f.none ? "none" : "all",
          ...(f.q ? { q: f.q } : {}),
          ...(f.memberId ? { memberId: f.memberId } : {}),
          ...(pageParam ? { cursor: pageParam } : {}),
        },
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: Boolean(districtId),
    placeholderData: (previous) => previous,
  });
}

/** Who observes whom changed: the workload, the queues and periods' cycle lists with it. */
function useInvalidate() {
  const qc = useQueryClient();
  return () =>
    Promise.all(["timKinerja", "period", "periods", "me"].map((key) => qc.invalidateQueries({ queryKey: [key] })));
}

export function useAssignTim(districtId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: { memberId: string; subjectIds?: string[]; schoolIds?: string[] }) =>
      callApi(assignTimMember, { params: { id: districtId }, body }),
    onSuccess: invalidate,
  });
}

export function useUnassignTim(districtId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: { memberId: string; subjectId: string }) =>
      callApi(unassignTimMember, { params: { id: districtId }, body }),
    onSuccess: invalidate,
  });
}

export function useImportTimLinks(districtId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) =>
      uploadFile(
        buildUrl(importTimLinks.path, { params: { id: districtId }, query: { dryRun: dryRun ? "true" : "false" } }),
        file,
        importTimLinks.response,
      ),
    onSuccess: (result) => (result.dryRun ? undefined : invalidate()),
  });
}
