import { z } from "zod";
import { idParams } from "../../domain/validation/vocabulary.js";
import { defineContract } from "../core/contract.js";

/** A Rapor Pendidikan CSV of one school has at most a few dozen lines. */
export const MAX_RAPOR_BYTES = 1024 * 1024;

export const ZRaporResult = z.object({
  indicatorCode: z.string(),
  indicatorName: z.string(),
  score: z.number().int().nullable(),
  category: z.string().nullable(),
});

export const ZRaporView = z.object({
  school: z.object({ id: z.string(), name: z.string(), npsn: z.string() }),
  results: z.array(ZRaporResult),
  importedAt: z.string().nullable(),
  /** The indicator tied to the weakest result; null without Rapor data (the guru asks the KS). */
  recommendation: z
    .object({ indicatorCode: z.string(), indicatorName: z.string(), basis: z.enum(["score", "category"]) })
    .nullable(),
});
export type RaporView = z.infer<typeof ZRaporView>;

export const importRapor = defineContract({
  method: "POST",
  path: "/api/admin/schools/:id/rapor",
  summary:
    "Ganti hasil Rapor Pendidikan sekolah dari CSV (kolom npsn, indikator, nilai, kategori; koma atau titik koma; " +
    "maks. 1 MB) yang dikirim sebagai multipart/form-data di isian `file`. Satu baris bermasalah = tidak ada yang " +
    "diganti; setiap masalah dikembalikan di `details` dengan nomor barisnya.",
  tags: ["admin", "planning"],
  auth: "session",
  params: idParams,
  response: ZRaporView.extend({ ignoredColumns: z.array(z.string()) }),
});

/** A district's file: each of its schools' rows (8 indicators) for a few thousand schools. */
export const MAX_DISTRICT_RAPOR_BYTES = 5 * 1024 * 1024;

export const ZDistrictRaporResult = z.object({
  /** The schools whose results the file replaced, in file order; the district's other schools are untouched. */
  schools: z.array(z.object({ id: z.string(), npsn: z.string(), name: z.string(), results: z.number().int() })),
  rows: z.number().int(),
  ignoredColumns: z.array(z.string()),
});
export type DistrictRaporResult = z.infer<typeof ZDistrictRaporResult>;

export const importDistrictRapor = defineContract({
  method: "POST",
  path: "/api/admin/districts/:id/rapor",
  summary:
    "Ganti hasil Rapor Pendidikan banyak sekolah sekaligus dari satu CSV dinas (kolom npsn, indikator, nilai, " +
    "kategori; maks. 5 MB) di isian `file` multipart/form-data. Setiap NPSN harus sekolah dinas ini. Semua atau " +
    "tidak sama sekali, seperti impor pegawai: setiap masalah dikembalikan di `details` (line, path = kolom, " +
    "message). Hasil setiap sekolah yang ada di berkas diganti seluruhnya; sekolah lain tidak berubah.",
  tags: ["admin", "planning"],
  auth: "session",
  params: idParams,
  response: ZDistrictRaporResult,
});

export const getRapor = defineContract({
  method: "GET",
  path: "/api/schools/:id/rapor",
  summary: "Hasil Rapor Pendidikan sekolah dan indikator praktik yang direkomendasikan",
  tags: ["planning"],
  auth: "session",
  params: idParams,
  response: ZRaporView,
});
