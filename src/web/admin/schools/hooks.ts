import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
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

export function useSchools() {
  return useQuery({ queryKey: ["schools"], queryFn: () => callApi(listSchools) });
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
