import { z } from "zod";
import { id, idParams, isoDate, multiLine } from "../../domain/validation/vocabulary.js";
import { defineContract } from "../core/contract.js";

const common = {
  phase: z.literal("perencanaan", "Saat ini hanya tahap perencanaan yang bisa diperpanjang per sekolah atau per orang"),
  closesOn: isoDate,
  reason: multiLine({
    min: 5,
    max: 500,
    minMessage: "Tuliskan alasan perpanjangan (minimal 5 karakter).",
    maxMessage: "Alasan paling banyak 500 karakter.",
  }),
  /** The admin confirms a close that runs into pelaksanaan (otherwise a 409 says so). */
  acceptOverlap: z.boolean().optional(),
};

export const ZExtensionInput = z.discriminatedUnion("scope", [
  z.object({ ...common, scope: z.literal("school"), schoolId: id }),
  z.object({ ...common, scope: z.literal("person"), personId: id }),
]);
export type ExtensionInput = z.infer<typeof ZExtensionInput>;

export const ZExtension = z.object({
  id: z.string(),
  periodId: z.string(),
  phase: z.string(),
  scope: z.enum(["district", "school", "person"]),
  schoolId: z.string().nullable(),
  schoolName: z.string().nullable(),
  personId: z.string().nullable(),
  personName: z.string().nullable(),
  closesOn: z.string(),
  reason: z.string(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
});
export type ExtensionDto = z.infer<typeof ZExtension>;

export const createExtension = defineContract({
  method: "POST",
  path: "/api/admin/periods/:id/extensions",
  summary:
    "Perpanjang masa perencanaan untuk satu sekolah atau satu orang (perpanjangan seluruh dinas: " +
    "PATCH /api/admin/periods/:id/windows)",
  tags: ["periods"],
  auth: "session",
  params: idParams,
  body: ZExtensionInput,
  response: ZExtension,
});

export const listExtensions = defineContract({
  method: "GET",
  path: "/api/admin/periods/:id/extensions",
  summary: "Perpanjangan masa tahap pada periode ini, dengan nama sekolah atau orangnya",
  tags: ["periods"],
  auth: "session",
  params: idParams,
  response: z.object({ extensions: z.array(ZExtension) }),
});
