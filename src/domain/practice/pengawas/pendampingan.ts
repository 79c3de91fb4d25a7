import { z } from "zod";
import type { DocumentRole, DocumentType, Pen, Transition } from "../../documents/engine.js";
import type { IsoDate } from "../../org/types.js";
import { id } from "../../validation/vocabulary.js";
import { type PracticeContext, type PracticeProblem, problemList } from "../context.js";
import { dateField, filled, line, note } from "../fields.js";
import { logProblems } from "./log.js";

/**
 * Pengawas stage 2, Pendampingan Satuan Pendidikan (seed 002): during or after accompanying the
 * focus school (1–3 months recommended) the pengawas logs the visits and activities and writes
 * the experience, the strategy applied, the successes, the obstacles and the follow-up — the
 * material of the diskusi tindak lanjut.
 *
 * The survey to the focus school's KS is sent from here (`sendSurvey`, which changes no status:
 * the use case creates the survey, see `survey.ts`). Its state is not part of this content — the
 * owner writes the content, and must not be able to write "answered" — but comes from the stored
 * survey as `PracticeContext.survey` ("not_sent" | "sent" | "answered"). Finishing needs it sent,
 * not answered: a KS who never answers must not block the pengawas's cycle; the Tim Kinerja sees
 * that it is unanswered when rating.
 *   draft ──sendSurvey (no status change)──▶ draft ──finish──▶ done (done)
 */
export const PENDAMPINGAN_STATUSES = ["draft", "done"] as const;
export type PendampinganStatus = (typeof PENDAMPINGAN_STATUSES)[number];
export type PendampinganAction = "sendSurvey" | "finish";

export const MAX_VISITS = 60;

export const ZVisit = z.object({
  /** Made by the client, like an upaya entry's. */
  id,
  date: dateField(),
  /** What was done: a visit, a workshop, a coaching session, … */
  activity: line(),
  notes: note(),
});

export const ZPendampinganContent = z.object({
  visits: z.array(ZVisit).max(MAX_VISITS).default([]),
  experience: note(),
  strategy: note(),
  successes: note(),
  obstacles: note(),
  followUp: note(),
});

export type PendampinganContent = z.infer<typeof ZPendampinganContent>;
export type Visit = z.infer<typeof ZVisit>;

export function emptyPendampingan(): PendampinganContent {
  return ZPendampinganContent.parse({});
}

export function pendampinganProblems(c: PendampinganContent, ctx: PracticeContext): PracticeProblem[] {
  const { list, add } = problemList();
  logProblems(
    c.visits,
    (v) => v.activity,
    ctx.today,
    (code, p) => add("kunjungan", code, p),
    "practice.pendampingan",
  );
  if (!filled(c.experience)) add("catatan", "practice.pendampingan.experienceRequired");
  if (!filled(c.strategy)) add("catatan", "practice.pendampingan.strategyRequired");
  if (!filled(c.successes)) add("catatan", "practice.pendampingan.successesRequired");
  if (!filled(c.obstacles)) add("catatan", "practice.pendampingan.obstaclesRequired");
  if (!filled(c.followUp)) add("catatan", "practice.pendampingan.followUpRequired");
  if ((ctx.survey ?? "not_sent") === "not_sent") add("survei", "practice.pendampingan.surveyNotSent");
  return list;
}

export const PENDAMPINGAN_TRANSITIONS: Record<PendampinganAction, Transition<PendampinganStatus>> = {
  sendSurvey: { from: ["draft"], roles: ["owner"], to: null, requires: ["window"] },
  finish: { from: ["draft"], roles: ["owner"], to: "done", requires: ["window", "complete"], versioned: true },
};

export const PENDAMPINGAN_PENS: Partial<Record<DocumentRole, Pen<PendampinganStatus, PendampinganContent>>> = {
  owner: { statuses: ["draft"], fields: "all" },
};

export const PENDAMPINGAN_DOCUMENT: DocumentType<
  "pendampingan",
  PendampinganStatus,
  PendampinganAction,
  PendampinganContent,
  PracticeContext,
  PracticeProblem
> = {
  kind: "pendampingan",
  statuses: PENDAMPINGAN_STATUSES,
  initial: "draft",
  done: ["done"],
  transitions: PENDAMPINGAN_TRANSITIONS,
  pens: PENDAMPINGAN_PENS,
  schema: ZPendampinganContent,
  empty: emptyPendampingan,
  problems: pendampinganProblems,
  after: ["diskusi_persiapan"],
};

/** Recommended length (seed 002: "antara 1 hingga 3 bulan"): a hint for the form, never a rule. */
export type DurationHint = "none" | "short" | "recommended" | "long";

/** From the first to the last dated visit: under a month is short, over three months long. */
export function pendampinganDuration(visits: readonly Pick<Visit, "date">[]): DurationHint {
  const dates = visits.flatMap((v) => (v.date ? [v.date] : [])).sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (!first || !last) return "none";
  if (last < addMonths(first, 1)) return "short";
  if (last > addMonths(first, 3)) return "long";
  return "recommended";
}

/** The same day `n` months later (clamped to the month's end), as an ISO date. */
function addMonths(date: IsoDate, n: number): IsoDate {
  const [y = 0, m = 1, d = 1] = date.split("-").map(Number);
  const target = new Date(Date.UTC(y, m - 1 + n, 1));
  const days = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, days));
  return target.toISOString().slice(0, 10);
}
