import type { IsoDate } from "../org/types.js";

export type Extension = {
  scope: "district" | "school" | "person";
  schoolId: string | null;
  personId: string | null;
  closesOn: IsoDate;
};

/** The planning close that applies to one person: the latest of the period's and any extension covering them. */
export function effectiveClose(
  periodClosesOn: IsoDate,
  extensions: readonly Extension[],
  who: { personId: string; schoolId: string | null },
): IsoDate {
  const covering = extensions
    .filter(
      (e) =>
        e.scope === "district" ||
        (e.scope === "school" && e.schoolId !== null && e.schoolId === who.schoolId) ||
        (e.scope === "person" && e.personId === who.personId),
    )
    .map((e) => e.closesOn);
  // ISO dates sort as strings: the last is the latest.
  return [periodClosesOn, ...covering].sort().at(-1) ?? periodClosesOn;
}

/** Plan statuses that still need work (a handed-in plan still needs the atasan's decision). */
export const UNFINISHED_PLAN_STATUSES = ["not_started", "draft", "returned", "submitted"] as const;

/**
 * Planning is overdue for a person when their plan is unfinished after `close`, their
 * `effectiveClose`. The planning queue's SQL (`judged` in src/server/planning/queue.ts) says the same.
 */
export function planningOverdue(status: string, today: IsoDate, close: IsoDate): boolean {
  return (UNFINISHED_PLAN_STATUSES as readonly string[]).includes(status) && today > close;
}

export type WindowCheck = { ok: true } | { ok: false; reason: "NOT_OPEN" | "CLOSED"; date: IsoDate };

export function checkWindow(today: IsoDate, opensOn: IsoDate, closesOn: IsoDate): WindowCheck {
  if (today < opensOn) return { ok: false, reason: "NOT_OPEN", date: opensOn };
  if (today > closesOn) return { ok: false, reason: "CLOSED", date: closesOn };
  return { ok: true };
}
