import { useLocation } from "react-router-dom";
import { PATHS } from "../app/access.js";

/** The review page of one cycle's plan (also the link in the atasan's notifications). */
export const reviewPath = (cycleId: string) => `${PATHS.reviewQueue}/${cycleId}`;

/** Where a page was opened from: its path and the translation key of its name, for "← Buka kembali". */
export type BackTo = { to: string; labelKey: string };

/**
 * The router state a list puts on its links to the review page, so its back link returns to that
 * list (the admin's reopen inbox, a period, the dashboard) rather than to a queue that may be empty.
 */
export function useBackState(labelKey: string): { back: BackTo } {
  const { pathname, search } = useLocation();
  return { back: { to: `${pathname}${search}`, labelKey } };
}

/** The `back` a link put in the router state, or null (opened from a notification, a bookmark). */
export function backOf(state: unknown): BackTo | null {
  if (!state || typeof state !== "object" || !("back" in state)) return null;
  const back = state.back;
  if (!back || typeof back !== "object" || !("to" in back) || !("labelKey" in back)) return null;
  const { to, labelKey } = back;
  // Only a path inside the app: never a link out.
  return typeof to === "string" && to.startsWith("/") && !to.startsWith("//") && typeof labelKey === "string"
    ? { to, labelKey }
    : null;
}
