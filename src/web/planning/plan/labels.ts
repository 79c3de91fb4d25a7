import type { TFunction } from "i18next";
import type { CycleTrack } from "../../../domain/org/assessors.js";
import type { PlanStep } from "../../../domain/planning/content.js";
import type { PlanProblemCode } from "../../../domain/planning/rules.js";
import type { PlanStatus } from "../../../domain/planning/state.js";

export const STATUS_COLOR: Record<PlanStatus, string> = {
  draft: "gray",
  submitted: "blue",
  returned: "orange",
  approved: "teal",
  agreed: "green",
};

/** The second step is about a practice indicator (guru), a leadership indicator (KS) or 3 schools (pengawas). */
export function stepLabel(t: TFunction, step: PlanStep, track: CycleTrack): string {
  if (step === "praktik" && track === "kepala_sekolah") return t("planning.step.praktikKs");
  if (step === "praktik" && track === "pengawas") return t("planning.step.praktikPengawas");
  return t(`planning.step.${step}`);
}

export function stepHint(t: TFunction, step: PlanStep, track: CycleTrack): string {
  if (step === "praktik" && track === "kepala_sekolah") return t("planning.stepHint.praktikKs");
  if (step === "praktik" && track === "pengawas") return t("planning.stepHint.praktikPengawas");
  return t(`planning.stepHint.${step}`, { handler: correctionHandler(t, track) });
}

/**
 * Who fixes the plan owner's staff data: a guru's school operator; a KS's or pengawas's correction
 * goes to the district admin, the only one who may change their data (`correctionSchoolOf`).
 */
export function correctionHandler(t: TFunction, track: CycleTrack): string {
  return t(track === "guru" ? "handler.operator" : "handler.admin");
}

/** Audit "acting as" values → "sebagai Plt Kepala Sekolah"; unknown values are shown as they are. */
const ACTING = ["owner", "principal", "acting_principal", "head_of_district", "tim_kinerja", "admin"] as const;
export function actingLabel(t: TFunction, as: string | null): string {
  const known = ACTING.find((a) => a === as);
  return known ? t(`planning.actingAs.${known}`) : (as ?? "");
}

const SUPERIOR = ["principal", "acting_principal", "head_of_district"] as const;
export function superiorKindLabel(t: TFunction, kind: string | null): string | null {
  const known = SUPERIOR.find((k) => k === kind);
  return known ? t(`superiorKind.${known}`) : null;
}

const STATUSES = ["draft", "submitted", "returned", "approved", "agreed"] as const;
export function statusLabel(t: TFunction, status: string | null): string {
  const known = STATUSES.find((s) => s === status);
  return known ? t(`planning.status.${known}`) : (status ?? "");
}

type ProblemSuffix = PlanProblemCode extends `plan.${infer S}` ? S : never;
const SUFFIXES: readonly ProblemSuffix[] = [
  "profileNotConfirmed",
  "indicatorRequired",
  "schoolsRequired",
  "rhkUnknown",
  "rhkDuplicate",
  "rhkQuantityRequired",
  "rhkTooFew",
  "rhkTooMany",
  "dutiesUnanswered",
  "dutiesConflict",
  "dutyTargetRequired",
  "skRequired",
];

/** A problem found in the browser, worded like the server's (used until the server's list is fresh). */
export function problemMessage(t: TFunction, code: PlanProblemCode, params: Record<string, string | number> = {}) {
  const suffix = SUFFIXES.find((s) => `plan.${s}` === code);
  return suffix ? t(`planning.problem.${suffix}`, params) : code;
}

/** "10.42" (or "10:42"): when the last autosave happened. */
export function clockTime(date: Date, lang: string): string {
  return new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "id-ID", { hour: "2-digit", minute: "2-digit" }).format(
    date,
  );
}

/** Date and time of an event: "12 Januari 2026 10.42". */
export function dateTime(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "id-ID", {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(iso));
}
