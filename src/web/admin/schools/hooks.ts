import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import {
  createPerson,
  createSchool,
  getSchool,
  listSchools,
  updateSchool,
  type ZPersonInput,
  type ZSchoolInput,
} from "../../../server/org/contract.js";
import { callApi } from "../../api/client.js";

/** The schools I manage a page at a time, of one district, searched by name or NPSN on the server. */
export function useSchools(districtId: string | null, q = "") {
  return useInfiniteQuery({
    queryKey: ["schools", districtId, q],
    queryFn: ({ pageParam }) =>
      callApi(listSchools, {
        query: {
          limit: 50,
          ...(districtId ? { districtId } : {}),
          ...(q ? { q } : {}),
          ...(pageParam ? { cursor: pageParam } : {}),
        },
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: (previous) => previous,
  });
}

export function useSchool(id: string) {
  return useQuery({ queryKey: ["school", id], queryFn: () => callApi(getSchool, { params: { id } }) });
}

export function useCreateSchool(districtId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof ZSchoolInput>) => callApi(createSchool, { params: { id: districtId }, body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["schools"] }),
  });
}

export function useUpdateSchool(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Omit<z.input<typeof ZSchoolInput>, "npsn">) => callApi(updateSchool, { params: { id }, body }),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ["schools"] }),
        qc.invalidateQueries({ queryKey: ["school", id] }),
      ]),
  });
}

export type NewPersonInput = z.input<typeof ZPersonInput> & { startsOn: string };

export function useCreatePerson(schoolId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: NewPersonInput) => callApi(createPerson, { params: { id: schoolId }, body }),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ["school", schoolId] }),
        qc.invalidateQueries({ queryKey: ["schools"] }),
        qc.invalidateQueries({ queryKey: ["people"] }),
      ]),
  });
}
