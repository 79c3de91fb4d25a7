import { z } from "zod";
import { ASSIGNMENT_KINDS, EMPLOYMENT_STATUSES, SCHOOL_LEVELS } from "../../domain/org/types.js";
import { TIME_ZONES } from "../../domain/time/today.js";
import {
  id,
  idParams,
  isoDate,
  pageQuery,
  partialUpdate,
  searchQuery,
  singleLine,
} from "../../domain/validation/vocabulary.js";
import { defineContract } from "../core/contract.js";

const ZId = idParams;

export const ZDistrict = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  /** WIB (Asia/Jakarta), WITA (Asia/Makassar) or WIT (Asia/Jayapura): whose midnight "today" follows. */
  timeZone: z.enum(TIME_ZONES),
});

export const ZSchool = z.object({
  id: z.string(),
  districtId: z.string(),
  npsn: z.string(),
  name: z.string(),
  level: z.enum(SCHOOL_LEVELS),
  address: z.string(),
  staffCount: z.number().int(),
});

export const ZSchoolInput = z.object({
  npsn: z
    .string()
    .trim()
    .regex(/^\d{8}$/, "NPSN harus 8 digit angka"),
  name: singleLine({ min: 3, max: 200 }),
  level: z.enum(SCHOOL_LEVELS),
  address: singleLine({ max: 500 }).default(""),
});

export const ZPerson = z.object({
  id: z.string(),
  nip: z.string().nullable(),
  nuptk: z.string().nullable(),
  name: z.string(),
  email: z.string().nullable(),
  employmentStatus: z.enum(EMPLOYMENT_STATUSES),
  rank: z.string(),
  positionLevel: z.string(),
  ptkType: z.string(),
  additionalDuties: z.array(z.string()),
  username: z.string().nullable(),
  /** What the signed-in user may do to this person (the server's own policy): buttons show only then. */
  actions: z.object({ update: z.boolean(), resetAccount: z.boolean() }),
});

export const ZPersonInput = z.object({
  nip: z
    .string()
    .trim()
    .regex(/^\d{18}$/, "NIP harus 18 digit angka")
    .nullable()
    .default(null),
  nuptk: z
    .string()
    .trim()
    .regex(/^\d{16}$/, "NUPTK harus 16 digit angka")
    .nullable()
    .default(null),
  name: singleLine({ min: 2, max: 200 }),
  email: z.email("Alamat e-mail tidak valid").max(200).nullable().default(null),
  employmentStatus: z.enum(EMPLOYMENT_STATUSES),
  rank: singleLine({ max: 100 }).default(""),
  positionLevel: singleLine({ max: 100 }).default(""),
  ptkType: singleLine({ max: 100 }).default(""),
  additionalDuties: z
    .array(singleLine({ min: 1, max: 100 }))
    .max(20)
    .default([]),
});

export const ZAssignment = z.object({
  id: z.string(),
  personId: z.string(),
  personName: z.string(),
  kind: z.enum(ASSIGNMENT_KINDS),
  districtId: z.string(),
  schoolId: z.string().nullable(),
  schoolName: z.string().nullable(),
  acting: z.boolean(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
});

export const ZAssignmentInput = z.object({
  personId: id,
  kind: z.enum(ASSIGNMENT_KINDS),
  districtId: id,
  schoolId: id.nullable().default(null),
  acting: z.boolean().default(false),
  startsOn: isoDate,
  endsOn: isoDate.nullable().default(null),
});

export const listDistricts = defineContract({
  method: "GET",
  path: "/api/admin/districts",
  summary: "Dinas yang saya kelola",
  tags: ["admin"],
  auth: "session",
  response: z.object({ districts: z.array(ZDistrict) }),
});

export const updateDistrict = defineContract({
  method: "PATCH",
  path: "/api/admin/districts/:id",
  summary: "Ubah zona waktu dinas (WIB, WITA, WIT)",
  tags: ["admin"],
  auth: "session",
  params: ZId,
  body: z.object({ timeZone: z.enum(TIME_ZONES) }),
  response: ZDistrict,
});

export const listSchools = defineContract({
  method: "GET",
  path: "/api/admin/schools",
  summary: "Sekolah yang boleh saya kelola (admin: seluruh dinas; operator: sekolahnya), per halaman; cari nama/NPSN",
  tags: ["admin"],
  auth: "session",
  query: z.object({ districtId: id.optional(), q: searchQuery, ...pageQuery }),
  // A page at a time in name order; `nextCursor` is null on the last page.
  response: z.object({ schools: z.array(ZSchool), nextCursor: z.string().nullable() }),
});

export const createSchool = defineContract({
  method: "POST",
  path: "/api/admin/districts/:id/schools",
  summary: "Tambah sekolah ke dinas",
  tags: ["admin"],
  auth: "session",
  params: ZId,
  body: ZSchoolInput,
  response: ZSchool,
});

export const getSchool = defineContract({
  method: "GET",
  path: "/api/admin/schools/:id",
  summary: "Sekolah dengan daftar pegawai dan penugasannya",
  tags: ["admin"],
  auth: "session",
  params: ZId,
  response: z.object({ school: ZSchool, people: z.array(ZPerson), assignments: z.array(ZAssignment) }),
});

export const updateSchool = defineContract({
  method: "PATCH",
  path: "/api/admin/schools/:id",
  summary: "Ubah data sekolah",
  tags: ["admin"],
  auth: "session",
  params: ZId,
  body: partialUpdate(ZSchoolInput.omit({ npsn: true })),
  response: ZSchool,
});

export const listPeople = defineContract({
  method: "GET",
  path: "/api/admin/districts/:id/people",
  summary: "Semua orang di dinas (admin)",
  tags: ["admin"],
  auth: "session",
  params: ZId,
  query: z.object({ q: searchQuery, ...pageQuery }),
  // A page at a time, in name order; `total` counts every match, `nextCursor` is null on the last page.
  response: z.object({
    people: z.array(ZPerson),
    nextCursor: z.string().nullable(),
    total: z.number().int(),
    totalCapped: z.boolean(),
  }),
});

export const createPerson = defineContract({
  method: "POST",
  path: "/api/admin/schools/:id/people",
  summary: "Tambah guru ke sekolah (membuat akun dengan kata sandi sementara)",
  tags: ["admin"],
  auth: "session",
  params: ZId,
  body: ZPersonInput.extend({ startsOn: isoDate }),
  response: z.object({ person: ZPerson, temporaryPassword: z.string().nullable() }),
});

export const updatePerson = defineContract({
  method: "PATCH",
  path: "/api/admin/people/:id",
  summary: "Ubah data pegawai",
  tags: ["admin"],
  auth: "session",
  params: ZId,
  body: partialUpdate(ZPersonInput),
  response: ZPerson,
});

export const listAssignments = defineContract({
  method: "GET",
  path: "/api/admin/districts/:id/assignments",
  summary: "Penugasan di dinas: kepala sekolah, Plt, pengawas, Tim Kinerja, operator, admin",
  tags: ["admin"],
  auth: "session",
  params: ZId,
  query: z.object({
    q: searchQuery,
    kind: z.enum(ASSIGNMENT_KINDS).optional(),
    schoolId: id.optional(),
    /** `current` (default): not ended by the district's today; `all`: ended ones too. */
    state: z.enum(["current", "all"]).default("current"),
    ...pageQuery,
  }),
  // A page at a time in name order; `total` counts the matches, `byKind` the matches of each kind
  // whatever `kind` is picked (with a search, each to 100: `cappedKinds`).
  response: z.object({
    assignments: z.array(ZAssignment),
    nextCursor: z.string().nullable(),
    total: z.number().int(),
    /** A search counts each kind to 100 ("100+"): `total` is then a lower bound. */
    totalCapped: z.boolean(),
    byKind: z.partialRecord(z.enum(ASSIGNMENT_KINDS), z.number().int()),
    /** The kinds whose count stopped at the cap (a search only). */
    cappedKinds: z.array(z.enum(ASSIGNMENT_KINDS)),
  }),
});

export const createAssignment = defineContract({
  method: "POST",
  path: "/api/admin/assignments",
  summary: "Tambah penugasan (mis. Plt kepala sekolah dengan rentang tanggal)",
  tags: ["admin"],
  auth: "session",
  body: ZAssignmentInput,
  response: ZAssignment,
});

export const endAssignment = defineContract({
  method: "PATCH",
  path: "/api/admin/assignments/:id",
  summary: "Ubah tanggal selesai penugasan",
  tags: ["admin"],
  auth: "session",
  params: ZId,
  body: z.object({ endsOn: isoDate.nullable() }),
  response: ZAssignment,
});

export const resetAccount = defineContract({
  method: "POST",
  path: "/api/admin/people/:id/account",
  summary: "Buat akun atau atur ulang kata sandi: kata sandi sementara, wajib diganti, semua sesi dicabut",
  tags: ["admin"],
  auth: "session",
  params: ZId,
  response: z.object({ username: z.string(), temporaryPassword: z.string() }),
});
