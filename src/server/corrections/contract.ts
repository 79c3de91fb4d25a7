import { z } from "zod";
import { idParams, multiLine, pageQuery, searchQuery } from "../../domain/validation/vocabulary.js";
import { defineContract } from "../core/contract.js";
import { ZPerson } from "../org/contract.js";

export const CORRECTION_STATUSES = ["open", "resolved"] as const;

export const ZCorrection = z.object({
  id: z.string(),
  personId: z.string(),
  personName: z.string(),
  nip: z.string().nullable(),
  schoolId: z.string().nullable(),
  schoolName: z.string().nullable(),
  note: z.string(),
  status: z.enum(CORRECTION_STATUSES),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolvedByName: z.string().nullable(),
  resolutionNote: z.string().nullable(),
  /**
   * Whether the person's data was edited (an operator's or admin's `person_updated`) after this report:
   * a correction marked done without it reads "tanpa perubahan data", never "sudah diperbaiki".
   */
  dataChanged: z.boolean(),
});
export type CorrectionDto = z.infer<typeof ZCorrection>;

export const reportCorrection = defineContract({
  method: "POST",
  path: "/api/me/profile-corrections",
  summary:
    "Laporkan perbaikan data diri ke operator sekolah, atau (pengawas) ke admin dinas (mis. NIP, pangkat, atau jabatan salah)",
  tags: ["planning"],
  auth: "session",
  body: z.object({
    note: multiLine({
      min: 10,
      max: 1000,
      minMessage: "Jelaskan data yang salah dan yang benar (minimal 10 karakter).",
      maxMessage: "Catatan paling banyak 1000 karakter.",
    }),
  }),
  response: ZCorrection,
});

export const listMyCorrections = defineContract({
  method: "GET",
  path: "/api/me/profile-corrections",
  summary: "Laporan perbaikan data diri saya beserta statusnya",
  tags: ["planning"],
  auth: "session",
  response: z.object({ corrections: z.array(ZCorrection) }),
});

export const listCorrections = defineContract({
  method: "GET",
  path: "/api/admin/profile-corrections",
  summary: "Laporan perbaikan data: operator melihat sekolahnya, admin melihat dinasnya",
  tags: ["admin"],
  auth: "session",
  query: z.object({ status: z.enum(CORRECTION_STATUSES).optional(), q: searchQuery, ...pageQuery }),
  // A page at a time, open ones first then newest first; `nextCursor` is null on the last page.
  // `people`: the page's reporters as the person update shows them (with what the viewer may do), so
  // the correction screen can change the data through the same use case and policy.
  response: z.object({
    corrections: z.array(ZCorrection),
    people: z.array(ZPerson),
    nextCursor: z.string().nullable(),
  }),
});

export const resolveCorrection = defineContract({
  method: "PATCH",
  path: "/api/admin/profile-corrections/:id",
  summary: "Tandai laporan perbaikan selesai, dengan catatan untuk pegawai",
  tags: ["admin"],
  auth: "session",
  params: idParams,
  body: z.object({
    resolutionNote: multiLine({
      min: 3,
      max: 1000,
      minMessage: "Tuliskan apa yang sudah diperbaiki (minimal 3 karakter).",
      maxMessage: "Catatan paling banyak 1000 karakter.",
    }),
  }),
  response: ZCorrection,
});
