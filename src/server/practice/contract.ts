import { z } from "zod";
import { PREDIKATS } from "../../domain/assessment/scale.js";
import { PHASES } from "../../domain/cycles/phase.js";
import { CYCLE_TRACKS } from "../../domain/org/assessors.js";
import { OBSERVATION_MODES } from "../../domain/practice/context.js";
import { PRACTICE_KINDS } from "../../domain/practice/stages.js";
import { ZTargetBehaviour } from "../../domain/rulesets/types.js";
import { code, id, int, multiLine } from "../../domain/validation/vocabulary.js";
import { defineContract } from "../core/contract.js";
import { ZReopenRequest } from "../planning/contract.js";
import { ZSurvey } from "./survey-contract.js";

export const ZCycleParams = z.object({ cycleId: id });
const ZKindParams = ZCycleParams.extend({ kind: z.enum(PRACTICE_KINDS) });
const ZActionParams = ZKindParams.extend({ action: code(40) });

export const ZPracticeProblem = z.object({ at: z.string(), code: z.string(), message: z.string() });

export const ZPracticeDocument = z.object({
  /** Null until someone first writes it: a new document is version 0 in its first status. */
  id: z.string().nullable(),
  kind: z.enum(PRACTICE_KINDS),
  status: z.string(),
  version: z.number().int(),
  revision: z.number().int(),
  /** The kind's content (src/domain/practice/<kind>.ts); empty where the reader may not read it yet. */
  content: z.unknown(),
  visible: z.boolean(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAs: z.string().nullable(),
  note: z.string().nullable(),
  updatedAt: z.string().nullable(),
  /** Requests to reopen it after hand-in, newest first (the plan's reopen flow, on any document). */
  reopenRequests: z.array(ZReopenRequest),
  /** What the reader may do now (none while the stage is locked); `requestReopen` is POST …/reopen-requests. */
  actions: z.array(z.string()),
  /** Those of `actions` that need a written note (returning a document). */
  needsNote: z.array(z.string()),
  /** The fields the reader may write now ("all", a list, or null: read only). */
  pen: z.union([z.literal("all"), z.array(z.string())]).nullable(),
  problems: z.array(ZPracticeProblem),
});

export const ZStages = z.object({
  windowState: z.enum(["not_open", "open", "closed"]),
  current: z.enum(PRACTICE_KINDS).nullable(),
  nextActor: z.enum(["owner", "superior"]).nullable(),
  stages: z.array(
    z.object({
      stage: z.enum(PRACTICE_KINDS),
      state: z.enum(["locked", "open", "done"]),
      status: z.string().nullable(),
      nextActor: z.enum(["owner", "superior"]).nullable(),
    }),
  ),
});

export const ZPracticeView = z.object({
  cycle: z.object({
    id: z.string(),
    track: z.enum(CYCLE_TRACKS),
    phase: z.enum(PHASES),
    periodName: z.string(),
    /** The pelaksanaan window that applies to this person, extensions included. */
    opensOn: z.string(),
    closesOn: z.string(),
    assessmentOpensOn: z.string(),
    assessmentClosesOn: z.string(),
    /** The district's date: "not open yet" and "closed" never depend on the phone's clock. */
    today: z.string(),
  }),
  person: z.object({ id: z.string(), name: z.string() }),
  superior: z.object({ name: z.string().nullable(), kind: z.string().nullable() }),
  /** The agreed plan's practice indicator with its target perilaku and their rubric. */
  indicator: z.object({ code: z.string(), name: z.string(), targets: z.array(ZTargetBehaviour) }).nullable(),
  /** The rule set takes uploads (2024): persiapan files and bukti dukung; otherwise a written laporan. */
  uploadsAllowed: z.boolean(),
  /** The penilaian: rated in full or on perilaku only; the predikat and angka kredit once rated. */
  assessment: z.object({
    scope: z.enum(["full", "perilaku_only"]),
    predikat: z.enum(PREDIKATS).nullable(),
    angkaKredit: z.number().nullable(),
  }),
  behaviourAspects: z.array(z.object({ code: z.string(), name: z.string(), meaning: z.string() })),
  /** A pengawas's plan: the schools named in it, one of which becomes the pendampingan's focus. */
  planSchools: z.array(z.object({ id: z.string(), name: z.string() })),
  /** A pengawas's survey to the focus school's KS, once sent (answers only for the Tim Kinerja). */
  survey: ZSurvey.nullable(),
  /** What the agreed plan set out to achieve, for the bukti dukung / laporan. */
  planTargets: z.object({
    rhk: z.array(
      z.object({ code: z.string(), quantity: z.number(), role: z.string(), unit: z.string(), evidence: z.string() }),
    ),
    duties: z.array(
      z.object({
        name: z.string(),
        targetQuantity: z.number().nullable(),
        targetUnit: z.string(),
        skFileId: z.string().nullable(),
      }),
    ),
  }),
  stages: ZStages,
  documents: z.array(ZPracticeDocument),
  /** The uploaded files the readable documents and the plan's SKs refer to. */
  files: z.array(z.object({ id: z.string(), fileName: z.string(), size: z.number(), mimeType: z.string() })),
  viewer: z.object({ roles: z.array(z.enum(["owner", "superior", "admin"])), actingAs: z.string() }),
});

const ZMutation = z.object({ document: ZPracticeDocument, stages: ZStages });

export const getPractice = defineContract({
  method: "GET",
  path: "/api/cycles/:cycleId/practice",
  summary: "Praktik kinerja: lima tahap, dokumen tiap tahap, dan siapa yang perlu bertindak",
  tags: ["practice"],
  auth: "session",
  params: ZCycleParams,
  response: ZPracticeView,
});

export const saveDocument = defineContract({
  method: "PUT",
  path: "/api/cycles/:cycleId/documents/:kind",
  summary: "Simpan draf dokumen praktik (autosave); `version` versi terakhir yang dibaca (0 untuk dokumen baru)",
  tags: ["practice"],
  auth: "session",
  params: ZKindParams,
  body: z.object({ version: int().min(0), content: z.unknown() }),
  response: ZMutation,
});

export const actOnDocument = defineContract({
  method: "POST",
  path: "/api/cycles/:cycleId/documents/:kind/actions/:action",
  summary: "Tindakan pada dokumen praktik (kumpulkan, konfirmasi jadwal, selesaikan observasi, …)",
  tags: ["practice"],
  auth: "session",
  params: ZActionParams,
  body: z.object({ version: int().min(0).optional(), note: multiLine({ max: 2000 }).optional() }),
  response: ZMutation,
});

export const ZUpcomingObservation = z.object({
  cycleId: z.string(),
  name: z.string(),
  schoolName: z.string().nullable(),
  /** The KS confirmed the time; otherwise it is the guru's proposal, still to confirm. */
  confirmed: z.boolean(),
  date: z.string(),
  time: z.string().nullable(),
  className: z.string(),
  subject: z.string(),
  place: z.string(),
  /** A KS's practice: the activity observed (empty for a guru's lesson). */
  activity: z.string(),
  /** How it is observed: a KS's may be from a video or the KS's own catatan mandiri. */
  mode: z.enum(OBSERVATION_MODES),
});

export const upcomingObservations = defineContract({
  method: "GET",
  path: "/api/practice/observations",
  summary: "Jadwal observasi yang akan datang dari pegawai yang saya dampingi (urut tanggal)",
  tags: ["practice"],
  auth: "session",
  response: z.object({ items: z.array(ZUpcomingObservation) }),
});

export const upcomingObservationsIcs = defineContract({
  method: "GET",
  path: "/api/practice/observations.ics",
  summary: "Jadwal observasi yang sama sebagai berkas kalender (text/calendar) untuk Google Calendar dan lainnya",
  tags: ["practice"],
  auth: "session",
  // The body is the iCalendar text itself: no JSON schema applies.
  response: z.unknown().describe("Berkas iCalendar"),
});

export const requestDocumentReopen = defineContract({
  method: "POST",
  path: "/api/cycles/:cycleId/documents/:kind/reopen-requests",
  summary:
    "Ajukan pembukaan kembali dokumen praktik yang sudah dikumpulkan, dengan alasan; atasan atau admin dinas " +
    "memutuskan lewat POST /api/reopen-requests/:id/decision",
  tags: ["practice"],
  auth: "session",
  params: ZKindParams,
  body: z.object({ reason: multiLine({ max: 2000 }) }),
  response: ZReopenRequest,
});

/** A feed token: 24 random bytes, base64url (32 characters). */
const FEED_TOKEN = /^[A-Za-z0-9_-]{32}$/;

export const ZCalendarFeed = z.object({
  active: z.boolean(),
  createdAt: z.string().nullable(),
  /** The secret URL, only in the answer that makes it: it is not stored. */
  url: z.string().nullable(),
});

export const calendarFeed = defineContract({
  method: "GET",
  path: "/api/practice/calendar-feed",
  summary: "Apakah saya punya tautan langganan kalender jadwal observasi (tautannya hanya ditampilkan saat dibuat)",
  tags: ["practice"],
  auth: "session",
  response: ZCalendarFeed,
});

export const createCalendarFeed = defineContract({
  method: "POST",
  path: "/api/practice/calendar-feed",
  summary:
    "Buat tautan rahasia langganan kalender jadwal observasi (untuk Google Calendar dan lainnya); tautan lama berhenti",
  tags: ["practice"],
  auth: "session",
  response: ZCalendarFeed,
});

export const deleteCalendarFeed = defineContract({
  method: "DELETE",
  path: "/api/practice/calendar-feed",
  summary: "Hentikan tautan langganan kalender",
  tags: ["practice"],
  auth: "session",
  response: ZCalendarFeed,
});

export const calendarFeedIcs = defineContract({
  method: "GET",
  path: "/api/feeds/:token/observasi.ics",
  summary:
    "Langganan kalender jadwal observasi (text/calendar) dengan tautan rahasia, tanpa masuk; tautan yang tidak dikenal 404",
  tags: ["practice"],
  auth: "public",
  params: z.object({ token: z.string().regex(FEED_TOKEN, "Tautan kalender tidak dikenal") }),
  response: z.unknown().describe("Berkas iCalendar"),
});
