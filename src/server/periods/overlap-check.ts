import { newPhaseOverlaps, type PeriodWindows } from "../../domain/cycles/phase.js";
import { AppError } from "../core/errors.js";

/**
 * A change of windows that runs one phase into the next is allowed, but only when the admin says so:
 * without `acceptOverlap` it is a 409 naming the overlap (the admin UI shows the same warning before
 * sending, from the same pure rule, and a checkbox that sends `acceptOverlap`).
 */
export function assertOverlapAccepted(before: PeriodWindows, after: PeriodWindows, acceptOverlap?: boolean): void {
  const [overlap] = newPhaseOverlaps(before, after);
  if (!overlap || acceptOverlap) return;
  throw new AppError("CONFLICT", "period.overlapUnconfirmed", { ...overlap });
}
