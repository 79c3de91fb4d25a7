import { z } from "zod";
import { idParams } from "../../domain/validation/vocabulary.js";
import { defineContract } from "../core/contract.js";

/** What an upload is for: the SK of a tugas tambahan, an RPP / modul ajar, or other evidence. */
export const FILE_KINDS = ["sk", "rpp", "evidence"] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** PDF only for now, at most 10 MB: a scanned SK of a few pages is well under that. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export const ZStoredFile = z.object({
  id: z.string(),
  fileName: z.string(),
  size: z.number().int(),
  kind: z.enum(FILE_KINDS),
  createdAt: z.string(),
});
export type StoredFile = z.infer<typeof ZStoredFile>;

export const uploadFile = defineContract({
  method: "POST",
  path: "/api/files",
  summary:
    "Unggah satu berkas PDF (maks. 10 MB) sebagai multipart/form-data di isian `file`. Jenis berkas diperiksa " +
    "dari isinya, bukan dari namanya. Berkas menjadi milik pengunggah.",
  tags: ["files"],
  auth: "session",
  query: z.object({ kind: z.enum(FILE_KINDS, "Jenis berkas harus sk, rpp, atau evidence") }),
  response: ZStoredFile,
});

export const downloadFile = defineContract({
  method: "GET",
  path: "/api/files/:id",
  summary:
    "Unduh berkas (application/pdf). Boleh bagi pemiliknya, atasan atau Tim Kinerja yang sedang menilai " +
    "pemiliknya, dan admin dinas tempat pemiliknya bertugas.",
  tags: ["files"],
  auth: "session",
  params: idParams,
  // The body is the PDF itself, sent as bytes: no JSON schema applies.
  response: z.unknown().describe("Isi berkas PDF"),
});
