import type { TFunction } from "i18next";
import { PLAN_STEPS, type PlanStep } from "../../domain/planning/content.js";
import { PLAN_STATUSES } from "../../domain/planning/state.js";
import { currentLang } from "../i18n/index.js";

/** A plan's status as the queue shows it: "not_started" = the pegawai has not opened it yet. */
export const QUEUE_STATUSES = ["not_started", ...PLAN_STATUSES] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

export const STATUS_COLOR: Record<QueueStatus, string> = {
  not_started: "gray",
  draft: "gray",
  submitted: "blue",
  returned: "orange",
  approved: "teal",
  agreed: "green",
};

const pick = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  list.find((x) => x === value);

export function statusLabel(t: TFunction, status: string | null): string {
  const s = pick(QUEUE_STATUSES, status);
  return s ? t(`review.status.${s}`) : (status ?? t("common.none"));
}

const AS = ["principal", "acting_principal", "head_of_district", "tim_kinerja"] as const;
const AS_OTHER = ["owner", "admin"] as const;

/** "sebagai Kepala Sekolah", "sebagai pegawai", … from the server's acting-as code. */
export function asLabel(t: TFunction, as: string | null): string {
  const known = pick(AS, as);
  if (known) return t(`assessAs.${known}`);
  const other = pick(AS_OTHER, as);
  return other ? t(`review.as.${other}`) : (as ?? "");
}

const ACTIONS = [
  "plan_submitted",
  "plan_approved",
  "plan_returned",
  "plan_agreed",
  "plan_draft",
  "reopen_requested",
  "plan_reopened",
  "reopen_refused",
] as const;

export function actionLabel(t: TFunction, action: string): string {
  const known = pick(ACTIONS, action);
  return known ? t(`review.action.${known}`) : action;
}

export function stepLabel(t: TFunction, step: string): string {
  const known: PlanStep | undefined = pick(PLAN_STEPS, step);
  return known ? t(`review.steps.${known}`) : step;
}

/** "14.05" / "14:05": the time of a history event, in the UI language. */
export function formatTime(iso: string): string {
  return new Intl.DateTimeFormat(currentLang() === "en" ? "en-GB" : "id-ID", {
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(iso));
}
