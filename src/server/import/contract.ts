import { z } from "zod";
import { idParams } from "../../domain/validation/vocabulary.js";
import { defineContract } from "../core/contract.js";

/**
 * Upload limit for the staff CSV through the web: 5 MB, ~45,000 rows of ~110 bytes (a district's
 * staff is a few thousand). The import answers when it is done and every new account costs one
 * argon2 hash (~25 ms of a core, one core at a time: hash-accounts.ts), so 10,000 new accounts
 * take ~4–5 minutes on 2 cores; a province-sized file (100,000 rows, ~11 MB) goes through the
 * command line (`kinerja import`, no size limit, a progress bar), see docs/performance.md.
 */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const ZCounts = z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() });

export const ZImportResult = z.object({
  dryRun: z.boolean(),
  rows: z.number().int(),
  schools: ZCounts,
  people: ZCounts,
  assignments: ZCounts,
  /** Temporary passwords of the accounts created: shown once, hand them out on paper or in person. */
  accounts: z.array(z.object({ name: z.string(), username: z.string(), temporaryPassword: z.string() })),
  newAccounts: z.number().int(),
  /** Header columns that are not staff columns and were ignored. */
  ignoredColumns: z.array(z.string()),
});
export type ImportResult = z.infer<typeof ZImportResult>;

export const importStaff = defineContract({
  method: "POST",
  path: "/api/admin/districts/:id/import",
  summary:
    "Impor data sekolah, pegawai dan penugasan dari CSV (gaya Dapodik). Badan permintaan: multipart/form-data " +
    "dengan satu berkas di isian `file` (CSV UTF-8, koma atau titik koma, maks. 5 MB). Semua baris divalidasi " +
    "dulu; satu baris bermasalah = tidak ada yang diimpor, dan setiap masalah dikembalikan di `details` " +
    "(line, path = kolom, message). `dryRun=true` hanya memeriksa dan menghitung.",
  tags: ["admin", "import"],
  auth: "session",
  params: idParams,
  query: z.object({ dryRun: z.enum(["true", "false"]).optional() }),
  response: ZImportResult,
});

/** The example files an admin may download beside each upload (the same files as examples/ in the repository). */
export const EXAMPLE_FILES = ["staff-import.csv", "rapor-pendidikan.csv", "rapor-pendidikan-dinas.csv"] as const;

export const getExampleFile = defineContract({
  method: "GET",
  path: "/api/examples/:name",
  summary: "Contoh berkas CSV untuk diunggah (impor pegawai, Rapor Pendidikan satu sekolah atau satu dinas)",
  tags: ["import"],
  auth: "session",
  params: z.object({ name: z.enum(EXAMPLE_FILES) }),
  // The body is the file itself.
  response: z.unknown().describe("Berkas CSV"),
});
