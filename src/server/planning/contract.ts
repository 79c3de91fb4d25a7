import { z } from "zod";
import { EXPECTATIONS, PREDIKATS } from "../../domain/assessment/scale.js";
import { PHASES } from "../../domain/cycles/phase.js";
import { CYCLE_TRACKS } from "../../domain/org/assessors.js";
import { PLAN_STEPS, ZPlanContent } from "../../domain/planning/content.js";
import { PLAN_ACTIONS, PLAN_STATUSES } from "../../domain/planning/state.js";
import { REKOMENDASI_STATUSES } from "../../domain/practice/rekomendasi.js";
import { PRACTICE_KINDS } from "../../domain/practice/stages.js";
import { ZRuleSetContent } from "../../domain/rulesets/types.js";
import { id, idParams, int, multiLine, pageQuery, searchQuery } from "../../domain/validation/vocabulary.js";
import { defineContract } from "../core/contract.js";
import { ZReopenRequest } from "./reopen-contract.js";

const ZId = idParams;

export const ZProblem = z.object({ step: z.enum(PLAN_STEPS), code: z.string(), message: z.string() });

export const ZPlanSummary = z.object({
  id: z.string(),
  status: z.enum(PLAN_STATUSES),
  version: z.number().int(),
  revision: z.number().int(),
  content: ZPlanContent,
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAs: z.string().nullable(),
  returnNote: z.string().nullable(),
  /** A plan resubmitted after a return: the steps changed since (empty: none). Null otherwise. */
  changedSinceReturn: z.array(z.enum(PLAN_STEPS)).nullable(),
  agreedAt: z.string().nullable(),
  updatedAt: z.string(),
});

export const ZPlanView = z.object({
  cycle: z.object({
    id: z.string(),
    track: z.enum(CYCLE_TRACKS),
    phase: z.string(),
    periodId: z.string(),
    periodName: z.string(),
    planningOpensOn: z.string(),
    /** The close that applies to this person, extensions included. */
    planningClosesOn: z.string(),
    windowOpen: z.boolean(),
    /** The server's date, so "not open yet" and "closed" never depend on the phone's clock. */
    today: z.string(),
  }),
  person: z.object({
    id: z.string(),
    name: z.string(),
    nip: z.string().nullable(),
    employmentStatus: z.string(),
    rank: z.string(),
    positionLevel: z.string(),
    schoolName: z.string().nullable(),
    additionalDuties: z.array(z.string()),
  }),
  superior: z.object({ name: z.string().nullable(), kind: z.string().nullable() }),
  /** The catalogue itself is GET /api/rule-sets/:id, immutable: a phone downloads it once per rule set. */
  ruleSet: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  plan: ZPlanSummary,
  problems: z.array(ZProblem),
  rhkTotal: z.number().int(),
  recommendation: z.object({ indicatorCode: z.string(), basis: z.enum(["score", "category"]) }).nullable(),
  supervisedSchools: z.array(z.object({ id: z.string(), name: z.string() })),
  /** The SK files the plan refers to, for their names and sizes. */
  files: z.array(z.object({ id: z.string(), fileName: z.string(), size: z.number().int() })),
  correctionReported: z.boolean(),
  reopenRequests: z.array(ZReopenRequest),
  viewer: z.object({
    roles: z.array(z.enum(["owner", "superior", "admin"])),
    actingAs: z.string().nullable(),
    actions: z.array(z.enum(PLAN_ACTIONS)),
    canDecideReopen: z.boolean(),
  }),
});
/** What GET /api/cycles/:id/plan answers. */
export type PlanViewAnswer = z.infer<typeof ZPlanView>;

export const getCyclePlan = defineContract({
  method: "GET",
  path: "/api/cycles/:id/plan",
  summary: "Perencanaan kinerja sebuah siklus (pemilik, atasan, Tim Kinerja, atau admin dinas)",
  tags: ["planning"],
  auth: "session",
  params: ZId,
  response: ZPlanView,
});

const ZMutationResult = z.object({ plan: ZPlanSummary, problems: z.array(ZProblem), rhkTotal: z.number().int() });

export const savePlan = defineContract({
  method: "PUT",
  path: "/api/plans/:id",
  summary: "Simpan draf (autosave). `version` harus versi terakhir yang dibaca: jika tidak, 409",
  tags: ["planning"],
  auth: "session",
  params: ZId,
  body: z.object({ version: int(), content: ZPlanContent }),
  response: ZMutationResult,
});

export const submitPlan = defineContract({
  method: "POST",
  path: "/api/plans/:id/submit",
  summary: "Lanjut ajukan ke atasan (idempoten untuk versi yang sama)",
  tags: ["planning"],
  auth: "session",
  params: ZId,
  body: z.object({ version: int() }),
  response: ZMutationResult,
});

export const approvePlan = defineContract({
  method: "POST",
  path: "/api/plans/:id/approve",
  summary: "Setujui (atasan; Plt hanya dalam masa tugasnya)",
  tags: ["planning"],
  auth: "session",
  params: ZId,
  response: ZMutationResult,
});

export const returnPlan = defineContract({
  method: "POST",
  path: "/api/plans/:id/return",
  summary: "Kembalikan dengan catatan wajib (atasan)",
  tags: ["planning"],
  auth: "session",
  params: ZId,
  body: z.object({ note: multiLine({ max: 2000 }) }),
  response: ZMutationResult,
});

export const agreePlan = defineContract({
  method: "POST",
  path: "/api/plans/:id/agree",
  summary: "Sepakati rencana yang disetujui: rencana terkunci",
  tags: ["planning"],
  auth: "session",
  params: ZId,
  response: ZMutationResult,
});

export const requestReopen = defineContract({
  method: "POST",
  path: "/api/plans/:id/reopen-requests",
  summary: "Ajukan pembukaan kembali rencana yang disetujui, dengan alasan (pengganti Form Reset SKP)",
  tags: ["planning"],
  auth: "session",
  params: ZId,
  body: z.object({ reason: multiLine({ max: 2000 }) }),
  response: ZReopenRequest,
});

export const decideReopen = defineContract({
  method: "POST",
  path: "/api/reopen-requests/:id/decision",
  summary: "Putuskan permintaan buka kembali (atasan atau admin dinas)",
  tags: ["planning"],
  auth: "session",
  params: ZId,
  body: z.object({ approve: z.boolean(), note: multiLine({ max: 2000 }).default("") }),
  response: ZReopenRequest,
});

export const ZHistoryEvent = z.object({
  at: z.string(),
  actorName: z.string().nullable(),
  actingAs: z.string(),
  action: z.string(),
  fromState: z.string().nullable(),
  toState: z.string().nullable(),
  reason: z.string().nullable(),
  /** The plan revision the event happened in (a reopening archives it and starts the next). */
  revision: z.number().int().nullable(),
  changedSteps: z.array(z.string()),
});

export const planHistory = defineContract({
  method: "GET",
  path: "/api/plans/:id/history",
  summary: "Riwayat: siapa, kapan, apa yang berubah, dan mengapa; versi lama tetap tersimpan",
  tags: ["planning"],
  auth: "session",
  params: ZId,
  response: z.object({
    events: z.array(ZHistoryEvent),
    revisions: z.array(
      z.object({ revision: z.number().int(), status: z.string(), archivedAt: z.string(), content: ZPlanContent }),
    ),
  }),
});

const QUEUE_STATUSES = [...PLAN_STATUSES, "not_started"] as const;

export const ZQueueItem = z.object({
  cycleId: z.string(),
  personId: z.string(),
  periodId: z.string(),
  periodName: z.string(),
  planId: z.string().nullable(),
  name: z.string(),
  nip: z.string().nullable(),
  track: z.enum(CYCLE_TRACKS),
  schoolName: z.string().nullable(),
  phase: z.enum(PHASES),
  status: z.enum(QUEUE_STATUSES),
  submittedAt: z.string().nullable(),
  overdue: z.boolean(),
  pendingReopen: z.boolean(),
  /** An agreed plan's practice: the current stage (null: none open yet, or all done) and who acts on it. */
  practice: z
    .object({
      stage: z.enum(PRACTICE_KINDS).nullable(),
      nextActor: z.enum(["owner", "superior"]).nullable(),
      /** Every open stage waiting on the atasan or Tim Kinerja, the current one or not. */
      awaitingSuperior: z.array(z.enum(PRACTICE_KINDS)),
      done: z.boolean(),
    })
    .nullable(),
  /** How I assess them: as their atasan (maybe as Plt), or as a Tim Kinerja member. */
  as: z.enum(["principal", "acting_principal", "head_of_district", "tim_kinerja"]),
  /** A KS's or pengawas's Tim Kinerja members today, by name (empty for a guru). */
  timKinerja: z.array(z.string()),
  /** The Tim Kinerja's recommendation (KS, pengawas): ratings and predikat once sent, null before any. */
  recommendation: z
    .object({
      status: z.enum(REKOMENDASI_STATUSES),
      hasilKerja: z.enum(EXPECTATIONS).nullable(),
      perilaku: z.enum(EXPECTATIONS).nullable(),
      predikat: z.enum(PREDIKATS).nullable(),
    })
    .nullable(),
});

export const planningQueue = defineContract({
  method: "GET",
  path: "/api/planning/queue",
  summary:
    "Perencanaan pegawai yang saya nilai, per halaman (yang perlu tindakan dulu): jumlah per status dan tahap, yang terlambat",
  tags: ["planning"],
  auth: "session",
  query: z.object({
    q: searchQuery,
    filter: z.enum(["all", ...QUEUE_STATUSES, "overdue"]).default("all"),
    /** One track, or `leaders`: the KS and pengawas (the Tim Kinerja's page). */
    track: z.enum([...CYCLE_TRACKS, "leaders"]).optional(),
    ...pageQuery,
  }),
  // `counts`, `byPhase` and `overdue` cover everyone I assess; `total` the matches of q and filter.
  // A page may hold fewer than `limit` items and still have a `nextCursor`.
  response: z.object({
    counts: z.record(z.enum(QUEUE_STATUSES), z.number().int()),
    byPhase: z.partialRecord(z.enum(PHASES), z.number().int()),
    overdue: z.number().int(),
    total: z.number().int(),
    items: z.array(ZQueueItem),
    nextCursor: z.string().nullable(),
  }),
});

export const catalogue = defineContract({
  method: "GET",
  path: "/api/catalogue",
  summary: "Indikator, target perilaku dan rubrik, RHK, BerAKHLAK: terbuka untuk semua pengguna",
  tags: ["planning"],
  auth: "session",
  query: z.object({ periodId: id.optional() }),
  response: z.object({ code: z.string(), name: z.string(), content: ZRuleSetContent }),
});

export const ruleSet = defineContract({
  method: "GET",
  path: "/api/rule-sets/:id",
  summary:
    "Satu aturan tersimpan (indikator, rubrik, RHK, BerAKHLAK); tidak pernah berubah, boleh disimpan di peramban",
  tags: ["planning"],
  auth: "session",
  params: ZId,
  response: z.object({ id: z.string(), code: z.string(), name: z.string(), content: ZRuleSetContent }),
});

export type RuleSet = z.infer<typeof ruleSet.response>;
/** The plan screen as the web app holds it: the answer with its rule set's catalogue joined in. */
export type PlanView = Omit<PlanViewAnswer, "ruleSet"> & { ruleSet: RuleSet };

// The district admin's reopen inbox (plans and practice documents).
export { districtReopenRequests, ZReopenRequest } from "./reopen-contract.js";
