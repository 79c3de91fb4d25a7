import { z } from "zod";
import { ORGANISATION_PREDIKATS, PREDIKATS } from "../../domain/assessment/scale.js";
import { idParams, multiLine } from "../../domain/validation/vocabulary.js";
import { defineContract } from "../core/contract.js";

// A period's results (issue 10 §2): the distribution of individual predikat against the
// organisation predikat's caps, its finalisation, and the exports (§3).

export const ZViolation = z.object({
  code: z.enum(["distribution.maxShare", "distribution.minShare", "distribution.minCount"]),
  predikats: z.array(z.enum(PREDIKATS)).readonly(),
  /** Percent for the share codes, a head count for minCount. */
  limit: z.number(),
  actual: z.number(),
  count: z.number().int(),
  total: z.number().int(),
});

/** One group's results: the count per predikat, of which rated on perilaku only, those with no result yet, broken caps. */
export const ZGroupResult = z.object({
  counts: z.record(z.enum(PREDIKATS), z.number().int()),
  rated: z.number().int(),
  perilakuOnly: z.number().int(),
  withoutResult: z.number().int(),
  violations: z.array(ZViolation),
});

export const ZSchoolResult = ZGroupResult.extend({
  /** Null: the pegawai without a school (pengawas). */
  schoolId: z.string().nullable(),
  name: z.string().nullable(),
  npsn: z.string().nullable(),
});

export const ZResultViolations = z.object({
  district: z.array(ZViolation),
  schools: z.array(
    z.object({ schoolId: z.string().nullable(), schoolName: z.string().nullable(), violations: z.array(ZViolation) }),
  ),
});

export const ZResults = z.object({
  period: z.object({
    id: z.string(),
    name: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    districtId: z.string(),
    districtName: z.string(),
  }),
  organisationPredikat: z.enum(ORGANISATION_PREDIKATS).nullable(),
  district: ZGroupResult,
  schools: z.array(ZSchoolResult),
  /** Null until finalised. */
  finalisation: z
    .object({
      finalisedAt: z.string(),
      finalisedByName: z.string().nullable(),
      reason: z.string().nullable(),
      violations: ZResultViolations.nullable(),
    })
    .nullable(),
  /** What the viewer may do here (the policy's answer, for the buttons). */
  can: z.object({ setOrganisationPredikat: z.boolean(), finalise: z.boolean() }),
});
export type Results = z.infer<typeof ZResults>;

export const ZResultPeriod = z.object({
  id: z.string(),
  name: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  /** Today (the district's date) lies inside the period. */
  running: z.boolean(),
  finalised: z.boolean(),
});

export const listResultPeriods = defineContract({
  method: "GET",
  path: "/api/districts/:id/results/periods",
  summary: "Periode dinas untuk halaman hasil penilaian (admin dinas dan Kepala Dinas), terbaru dulu",
  tags: ["results"],
  auth: "session",
  params: idParams,
  response: z.object({ periods: z.array(ZResultPeriod) }),
});

export const getResults = defineContract({
  method: "GET",
  path: "/api/periods/:id/results",
  summary:
    "Hasil penilaian periode: jumlah predikat per sekolah dan dinas, yang belum dinilai, pelanggaran batas predikat organisasi, status finalisasi",
  tags: ["results"],
  auth: "session",
  params: idParams,
  response: ZResults,
});

export const setOrganisationPredikat = defineContract({
  method: "PUT",
  path: "/api/periods/:id/organisation-predikat",
  summary:
    "Tetapkan predikat organisasi periode (admin dinas), yang membatasi sebaran predikat pegawai; terkunci setelah finalisasi",
  tags: ["results"],
  auth: "session",
  params: idParams,
  body: z.object({ organisationPredikat: z.enum(ORGANISATION_PREDIKATS) }),
  response: ZResults,
});

export const finaliseResults = defineContract({
  method: "POST",
  path: "/api/periods/:id/finalise",
  summary:
    "Finalisasi hasil penilaian periode (admin dinas atau Kepala Dinas): mengunci penilaian; bila batas predikat organisasi dilanggar, wajib alasan (409 tanpa alasan). Diulang: tidak mengubah apa pun",
  tags: ["results"],
  auth: "session",
  params: idParams,
  body: z.object({ reason: multiLine({ max: 2000 }).optional() }),
  response: ZResults,
});

const file = (what: string) => z.unknown().describe(what);

export const exportEkinerjaCsv = defineContract({
  method: "GET",
  path: "/api/periods/:id/exports/ekinerja.csv",
  summary: "Ekspor hasil penilaian untuk e-Kinerja, CSV UTF-8 dengan BOM (format docs/ekinerja-export.md)",
  tags: ["results"],
  auth: "session",
  params: idParams,
  // The body is the file itself: no JSON schema applies.
  response: file("Berkas CSV"),
});

export const exportEkinerjaJson = defineContract({
  method: "GET",
  path: "/api/periods/:id/exports/ekinerja.json",
  summary: "Ekspor hasil penilaian untuk e-Kinerja, JSON (format kinerja.ekinerja/1, docs/ekinerja-export.md)",
  tags: ["results"],
  auth: "session",
  params: idParams,
  response: file("Berkas JSON"),
});

export const exportReportXlsx = defineContract({
  method: "GET",
  path: "/api/periods/:id/exports/report.xlsx",
  summary: "Laporan penilaian dinas (.xlsx): lembar Ringkasan dan satu lembar per sekolah, semua pegawai periode",
  tags: ["results"],
  auth: "session",
  params: idParams,
  response: file("Berkas Excel"),
});
