import { z } from "zod";
import { id, idParams, pageQuery, searchQuery } from "../../domain/validation/vocabulary.js";
import { defineContract } from "../core/contract.js";

/**
 * The CSV of Tim Kinerja assignments: at most 2,000 rows and 1 MB (a district has a few hundred
 * KS and pengawas; one row each, usually; a row is ~40 bytes).
 */
export const MAX_LINK_CSV_BYTES = 1024 * 1024;
export const MAX_LINK_CSV_ROWS = 2_000;
/** Subjects or schools chosen at once in the bulk form. */
export const MAX_BULK = 200;

const ZPersonRef = z.object({ personId: z.string(), name: z.string(), nip: z.string().nullable() });

export const ZMember = ZPersonRef.extend({
  /** How many KS and pengawas the member is named for. */
  subjectCount: z.number().int(),
});

export const ZSubject = ZPersonRef.extend({
  role: z.enum(["kepala_sekolah", "pengawas"]),
  schoolName: z.string().nullable(),
  /** The Tim Kinerja members named for this person (only those on the team today). */
  members: z.array(z.object({ personId: z.string(), name: z.string() })),
});

/** Why a subject or a CSV row was not (or need not be) assigned. */
export const LINK_OUTCOMES = ["assigned", "unchanged", "noPrincipal"] as const;

export const ZLinkResult = z.object({
  subjectId: z.string().nullable(),
  name: z.string(),
  /** The school chosen, when the subject came from a school list. */
  schoolName: z.string().nullable(),
  outcome: z.enum(LINK_OUTCOMES),
});

const ZSummary = z.object({
  /** Members on the team today, and of those how many have no subject. */
  members: z.number().int(),
  membersWithout: z.number().int(),
  /** KS and pengawas of the district today, and of those how many have no named member. */
  subjects: z.number().int(),
  subjectsWithout: z.number().int(),
});

export const listTimMembers = defineContract({
  method: "GET",
  path: "/api/admin/districts/:id/tim-kinerja/members",
  summary:
    "Beban kerja Tim Kinerja: anggota (pemegang penugasan Tim Kinerja hari ini) dengan jumlah kepala sekolah dan " +
    "pengawas yang diamati masing-masing; `filter=none` hanya yang belum punya. Halaman per nama.",
  tags: ["admin", "tim-kinerja"],
  auth: "session",
  params: idParams,
  query: z.object({ q: searchQuery, filter: z.enum(["all", "none"]).default("all"), ...pageQuery }),
  response: z.object({ members: z.array(ZMember), nextCursor: z.string().nullable(), summary: ZSummary }),
});

export const listTimSubjects = defineContract({
  method: "GET",
  path: "/api/admin/districts/:id/tim-kinerja/subjects",
  summary:
    "Kepala sekolah dan pengawas di dinas dengan anggota Tim Kinerja yang ditugaskan; `filter=none` hanya yang " +
    "belum punya anggota; `memberId` hanya yang diamati anggota itu. Halaman per nama.",
  tags: ["admin", "tim-kinerja"],
  auth: "session",
  params: idParams,
  query: z.object({
    q: searchQuery,
    filter: z.enum(["all", "none"]).default("all"),
    memberId: id.optional(),
    ...pageQuery,
  }),
  response: z.object({ subjects: z.array(ZSubject), nextCursor: z.string().nullable() }),
});

export const assignTimMember = defineContract({
  method: "POST",
  path: "/api/admin/districts/:id/tim-kinerja/links",
  summary:
    "Tugaskan satu anggota Tim Kinerja kepada kepala sekolah/pengawas (`subjectIds`) dan/atau kepala sekolah dari " +
    "sekolah terpilih (`schoolIds`). Semua atau tidak sama sekali: satu pilihan yang tidak sah = tidak ada yang berubah. " +
    "Anggota tidak pernah ditugaskan kepada dirinya sendiri.",
  tags: ["admin", "tim-kinerja"],
  auth: "session",
  params: idParams,
  body: z
    .object({
      memberId: id,
      subjectIds: z.array(id).max(MAX_BULK).default([]),
      schoolIds: z.array(id).max(MAX_BULK).default([]),
    })
    .refine((b) => b.subjectIds.length + b.schoolIds.length > 0, {
      message: "Pilih setidaknya satu kepala sekolah, pengawas atau sekolah.",
      path: ["subjectIds"],
    }),
  response: z.object({ results: z.array(ZLinkResult) }),
});

export const unassignTimMember = defineContract({
  method: "POST",
  path: "/api/admin/districts/:id/tim-kinerja/links/remove",
  summary:
    "Lepaskan penugasan satu anggota Tim Kinerja dari satu kepala sekolah/pengawas. Idempoten: `removed` false " +
    "bila penugasan itu tidak ada (sudah dilepas).",
  tags: ["admin", "tim-kinerja"],
  auth: "session",
  params: idParams,
  body: z.object({ memberId: id, subjectId: id }),
  response: z.object({ removed: z.boolean() }),
});

export const importTimLinks = defineContract({
  method: "POST",
  path: "/api/admin/districts/:id/tim-kinerja/import",
  summary:
    "Penugasan Tim Kinerja dari CSV (multipart, isian `file`; maks. 1 MB dan 2.000 baris). Kolom: `nip_anggota`, " +
    "dan per baris `nip_subjek` (kepala sekolah/pengawas) atau `npsn` (kepala sekolah dari sekolah itu). Semua " +
    "baris diperiksa dulu; satu baris bermasalah = tidak ada yang berubah, setiap masalah di `details` (line, path, " +
    "message). `dryRun=true` hanya memeriksa.",
  tags: ["admin", "tim-kinerja"],
  auth: "session",
  params: idParams,
  query: z.object({ dryRun: z.enum(["true", "false"]).optional() }),
  response: z.object({
    dryRun: z.boolean(),
    rows: z.array(ZLinkResult.extend({ line: z.number().int(), memberName: z.string() })),
  }),
});
