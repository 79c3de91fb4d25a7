import { z } from "zod";
import { PHASES } from "../../domain/cycles/phase.js";
import { PLAN_PROGRESS, PRACTICE_PLACES } from "../../domain/dashboard/progress.js";
import { PRACTICE_KINDS } from "../../domain/practice/stages.js";
import { id, pageQuery, searchQuery } from "../../domain/validation/vocabulary.js";
import { defineContract } from "../core/contract.js";

const count = z.number().int();

/** A period the dashboard can show; the answer names the one it shows and the district's others. */
export const ZPeriodChoice = z.object({ id: z.string(), name: z.string(), startsOn: z.string(), endsOn: z.string() });

const ZCounts = z.object({
  total: count,
  byPhase: z.record(z.enum(PHASES), count),
  byPlanStatus: z.record(z.enum(PLAN_PROGRESS), count),
});

export const schoolDashboard = defineContract({
  method: "GET",
  path: "/api/dashboard/school",
  summary:
    "Dasbor kepala sekolah: kemajuan guru yang saya nilai hari ini (tahap, status rencana, tahap praktik dan siapa yang bertindak), yang terlambat dan yang menunggu saya",
  tags: ["dashboard"],
  auth: "session",
  query: z.object({
    /** Absent: the first school I head today. */
    schoolId: id.optional(),
    /** Absent: the period running today (else the latest started, else the next). */
    periodId: id.optional(),
  }),
  response: ZCounts.extend({
    school: z.object({ id: z.string(), name: z.string() }),
    periods: z.array(ZPeriodChoice),
    period: ZPeriodChoice.nullable(),
    /** Agreed plans: each place of the practice in order, by who must act there. */
    practice: z.array(z.object({ place: z.enum(PRACTICE_PLACES), owner: count, superior: count, nobody: count })),
    planningOverdue: z.object({
      count,
      first: z.array(z.object({ cycleId: z.string(), name: z.string(), planStatus: z.enum(PLAN_PROGRESS) })),
    }),
    awaitingSuperior: z.object({
      count,
      first: z.array(z.object({ cycleId: z.string(), name: z.string(), stages: z.array(z.enum(PRACTICE_KINDS)) })),
    }),
  }),
});

export type SchoolDashboard = z.infer<typeof schoolDashboard.response>;

const ZIndicatorCount = z.object({ code: z.string(), name: z.string(), agreed: count, submitted: count });

export const districtDashboard = defineContract({
  method: "GET",
  path: "/api/dashboard/district",
  summary:
    "Dasbor dinas: kemajuan sekolah per tahap dan status rencana (sekolah terbesar dulu, per halaman, dapat dicari) dan indikator yang dipilih",
  tags: ["dashboard"],
  auth: "session",
  query: z.object({
    /** Absent: the running period of the first district I administer or head. */
    periodId: id.optional(),
    /** A school's name or NPSN. */
    q: searchQuery,
    ...pageQuery,
  }),
  // `totals` and `indicators` cover the whole period; `schools` is one page, the largest first.
  response: z.object({
    district: z.object({ id: z.string(), name: z.string() }),
    periods: z.array(ZPeriodChoice),
    period: ZPeriodChoice.nullable(),
    totals: ZCounts,
    schools: z.object({
      items: z.array(ZCounts.extend({ schoolId: z.string(), name: z.string(), npsn: z.string() })),
      /** Schools with cycles in the period that match `q`. */
      matching: count,
      nextCursor: z.string().nullable(),
    }),
    /** Plans handed in (submitted or approved) and agreed per indicator, named by the period's rule set. */
    indicators: z.object({ practice: z.array(ZIndicatorCount), leadership: z.array(ZIndicatorCount) }),
  }),
});

export type DistrictDashboard = z.infer<typeof districtDashboard.response>;
