import { z } from "zod";
import { PHASES } from "../../domain/cycles/phase.js";
import { CYCLE_TRACKS, SUPERIOR_KINDS } from "../../domain/org/assessors.js";
import { ASSIGNMENT_KINDS, EMPLOYMENT_STATUSES } from "../../domain/org/types.js";
import { PLAN_STATUSES } from "../../domain/planning/state.js";
import { defineContract } from "../core/contract.js";

/** Roles shown to people, derived from today's assignments. */
export const ROLES = [
  "guru",
  "kepala_sekolah",
  "plt_kepala_sekolah",
  "pengawas",
  "tim_kinerja",
  "operator",
  "admin",
  "kepala_dinas",
] as const;
export type Role = (typeof ROLES)[number];

export const ZCycleSummary = z.object({
  cycleId: z.string(),
  periodId: z.string(),
  periodName: z.string(),
  track: z.enum(CYCLE_TRACKS),
  phase: z.enum(PHASES),
  windowState: z.enum(["not_open", "open", "closed"]).nullable(),
  nextStepKey: z.string(),
  deadline: z.string().nullable(),
  schoolName: z.string().nullable(),
  superiorName: z.string().nullable(),
  superiorKind: z.enum(SUPERIOR_KINDS).nullable(),
  /** Where the plan stands; "not_started" until it is first saved. */
  planStatus: z.enum([...PLAN_STATUSES, "not_started"]),
});

/** My latest data correction: what the home page says until I report another. */
export const ZMyCorrection = z.object({
  status: z.enum(["open", "resolved"]),
  note: z.string(),
  resolutionNote: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  resolvedByName: z.string().nullable(),
  /** The operator changed my data after the report; false: marked done without a change. */
  dataChanged: z.boolean(),
});
export type MyCorrection = z.infer<typeof ZMyCorrection>;

export const ZMe = z.object({
  person: z.object({
    id: z.string(),
    name: z.string(),
    nip: z.string().nullable(),
    nuptk: z.string().nullable(),
    email: z.string().nullable(),
    employmentStatus: z.enum(EMPLOYMENT_STATUSES),
    rank: z.string(),
    positionLevel: z.string(),
  }),
  roles: z.array(z.enum(ROLES)),
  hats: z.array(
    z.object({
      kind: z.enum(ASSIGNMENT_KINDS),
      acting: z.boolean(),
      districtId: z.string(),
      districtName: z.string(),
      schoolId: z.string().nullable(),
      schoolName: z.string().nullable(),
      startsOn: z.string(),
      endsOn: z.string().nullable(),
    }),
  ),
  csrfToken: z.string(),
  mustChangePassword: z.boolean(),
  canAdmin: z.boolean(),
  /** District admin somewhere: periods, assignments, import. Operators have canAdmin only. */
  canManageDistrict: z.boolean(),
  /** The server's date in my district's time zone: the web app never trusts the phone's clock. */
  today: z.string(),
  myCycles: z.array(ZCycleSummary),
  correction: ZMyCorrection.nullable(),
});
export type Me = z.infer<typeof ZMe>;

export const me = defineContract({
  method: "GET",
  path: "/api/me",
  summary: "Saya: data diri, peran dan siklus kinerja saya (pegawai yang saya nilai: /api/planning/queue)",
  tags: ["me"],
  auth: "session",
  allowDuringPasswordChange: true,
  response: ZMe,
});
