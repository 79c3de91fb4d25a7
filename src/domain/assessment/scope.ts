import type { IsoDate } from "../org/types.js";
import { predikatOf } from "./predikat.js";
import type { Expectation, Predikat } from "./scale.js";

/** What the atasan rates: both ratings, or (for a late appointee) Perilaku Kerja only. */
export type AssessmentScope = "full" | "perilaku_only";

export type ScopeInput = {
  /** When the pegawai took up this post (TMT); null or absent = before the period. */
  appointedOn?: IsoDate | null;
  /** The day the pelaksanaan (practice) window opened for this pegawai. */
  practiceOpensOn: IsoDate;
  /** Whether the pegawai completed the practice anyway (e.g. an extended window). */
  practiceDone: boolean;
};

/**
 * DOMAIN.md §5: "a pegawai appointed late in the period is rated on perilaku only". The
 * source gives no date, so late means *after the practice window opened*: Hasil Kerja is the
 * practice, and someone who missed its start could not be expected to do it. Appointed on the
 * opening day still counts as on time. If a late appointee did complete the practice there is
 * something to rate, so they are rated in full; an on-time pegawai who skipped it is rated in
 * full too, since the practice was theirs to do.
 */
export function assessmentScope({ appointedOn, practiceOpensOn, practiceDone }: ScopeInput): AssessmentScope {
  const late = appointedOn != null && appointedOn > practiceOpensOn;
  return late && !practiceDone ? "perilaku_only" : "full";
}

export type ScopedRatings = {
  scope: AssessmentScope;
  /** Ignored when `perilaku_only`; null while not rated yet. */
  hasilKerja: Expectation | null;
  perilaku: Expectation;
};

/**
 * The predikat within a scope; null when a full assessment still lacks the Hasil Kerja rating.
 * Perilaku-only treats Hasil Kerja as `sesuai`: the regulation's matrix needs both ratings, and
 * "as expected" neither rewards nor penalises a practice the pegawai had no chance to do. The
 * predikat then follows perilaku alone (di bawah → Kurang, sesuai or di atas → Baik); Sangat
 * Baik stays out of reach because it needs Hasil Kerja above expectation.
 */
export function predikatInScope({ scope, hasilKerja, perilaku }: ScopedRatings): Predikat | null {
  if (scope === "perilaku_only") return predikatOf("sesuai", perilaku);
  return hasilKerja === null ? null : predikatOf(hasilKerja, perilaku);
}
