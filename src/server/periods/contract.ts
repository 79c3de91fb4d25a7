import { z } from "zod";
import { PHASES } from "../../domain/cycles/phase.js";
import { CYCLE_TRACKS, SUPERIOR_KINDS } from "../../domain/org/assessors.js";
import { PLAN_STATUSES } from "../../domain/planning/state.js";
import {
  code,
  id,
  idParams,
  multiLine,
  pageQuery,
  searchQuery,
  singleLine,
  isoDate as ZIsoDate,
} from "../../domain/validation/vocabulary.js";
import { defineContract } from "../core/contract.js";

export const ZWindows = z.object({
  startsOn: ZIsoDate,
  endsOn: ZIsoDate,
  planningOpensOn: ZIsoDate,
  planningClosesOn: ZIsoDate,
  executionOpensOn: ZIsoDate,
  executionClosesOn: ZIsoDate,
  assessmentOpensOn: ZIsoDate,
  assessmentClosesOn: ZIsoDate,
});

const ZMonthDays = z.object({ from: z.string(), to: z.string() });

export const ZTemplateInfo = z.object({
  code: z.string(),
  version: z.number().int(),
  name: z.string(),
  cadence: z.enum(["semester", "annual"]),
  rhkPoints: z.object({ min: z.number(), max: z.number() }).nullable(),
  evidenceUploadsRequired: z.boolean(),
  /** Default windows for a given year, for prefilling the form. */
  defaultWindows: z.object({ period: ZMonthDays, planning: ZMonthDays, execution: ZMonthDays, assessment: ZMonthDays }),
});

export const ZPeriod = ZWindows.extend({
  id: z.string(),
  districtId: z.string(),
  name: z.string(),
  ruleSetCode: z.string(),
  ruleSetName: z.string(),
  cycleCount: z.number().int(),
  withoutSuperiorCount: z.number().int(),
});

export const ZCycleRow = z.object({
  cycleId: z.string(),
  personId: z.string(),
  name: z.string(),
  nip: z.string().nullable(),
  track: z.enum(CYCLE_TRACKS),
  schoolName: z.string().nullable(),
  superiorName: z.string().nullable(),
  superiorKind: z.enum(SUPERIOR_KINDS).nullable(),
  assessorNames: z.array(z.string()),
  phase: z.enum(PHASES),
  planStatus: z.enum([...PLAN_STATUSES, "not_started"]),
});

export const listTemplates = defineContract({
  method: "GET",
  path: "/api/rule-set-templates",
  summary: "Templat aturan (2024 semester, 2025 tahunan, 2026 tahunan)",
  tags: ["periods"],
  auth: "session",
  response: z.object({ templates: z.array(ZTemplateInfo) }),
});

export const listPeriods = defineContract({
  method: "GET",
  path: "/api/admin/districts/:id/periods",
  summary: "Periode kinerja dinas",
  tags: ["periods"],
  auth: "session",
  params: idParams,
  response: z.object({ periods: z.array(ZPeriod) }),
});

export const openPeriod = defineContract({
  method: "POST",
  path: "/api/admin/districts/:id/periods",
  summary: "Buka periode dari templat aturan: membuat siklus untuk setiap pegawai yang memenuhi syarat",
  tags: ["periods"],
  auth: "session",
  params: idParams,
  body: ZWindows.extend({ name: singleLine({ min: 3, max: 100 }), templateCode: code() }),
  // Those just opened without an atasan: the first 100 (`period.withoutSuperiorCount` counts them all).
  response: z.object({ period: ZPeriod, withoutSuperior: z.array(ZCycleRow) }),
});

export const getPeriod = defineContract({
  method: "GET",
  path: "/api/admin/periods/:id",
  summary: "Periode dengan jumlah siklus per tahap dan per status rencana (siklusnya: /cycles)",
  tags: ["periods"],
  auth: "session",
  params: idParams,
  response: z.object({
    period: ZPeriod,
    counts: z.object({
      byPhase: z.partialRecord(z.enum(PHASES), z.number().int()),
      byPlanStatus: z.partialRecord(z.enum([...PLAN_STATUSES, "not_started"]), z.number().int()),
    }),
  }),
});

export const listPeriodCycles = defineContract({
  method: "GET",
  path: "/api/admin/periods/:id/cycles",
  summary:
    "Siklus periode, per halaman: cari nama/NIP/sekolah, saring status rencana, tahap, jalur, sekolah, tanpa atasan",
  tags: ["periods"],
  auth: "session",
  params: idParams,
  query: z.object({
    q: searchQuery,
    status: z.enum([...PLAN_STATUSES, "not_started"]).optional(),
    phase: z.enum(PHASES).optional(),
    track: z.enum(CYCLE_TRACKS).optional(),
    schoolId: id.optional(),
    superior: z.enum(["any", "missing"]).default("any"),
    ...pageQuery,
  }),
  // A page at a time in name order; `total` counts every match, `nextCursor` is null on the last page.
  response: z.object({
    cycles: z.array(ZCycleRow),
    nextCursor: z.string().nullable(),
    total: z.number().int(),
    totalCapped: z.boolean(),
  }),
});

export const extendPeriod = defineContract({
  method: "PATCH",
  path: "/api/admin/periods/:id/windows",
  summary: "Perpanjang jadwal tahap (tanggal penutupan hanya boleh dimundurkan)",
  tags: ["periods"],
  auth: "session",
  params: idParams,
  body: z
    .object({
      planningClosesOn: ZIsoDate,
      executionClosesOn: ZIsoDate,
      assessmentClosesOn: ZIsoDate,
      reason: multiLine({ max: 500 }),
      /** The admin confirms a window that now runs into the next phase (otherwise a 409 says so). */
      acceptOverlap: z.boolean(),
    })
    .partial()
    .refine((b) => b.planningClosesOn ?? b.executionClosesOn ?? b.assessmentClosesOn, {
      message: "Isi minimal satu tanggal penutupan yang diperpanjang.",
    }),
  response: ZPeriod,
});
