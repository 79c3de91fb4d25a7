import type { DistributionViolation } from "./distribution.js";
import type { OrganisationPredikat } from "./scale.js";

/** A finalise that goes past broken caps says why, in at least this many characters. */
export const MIN_FINALISE_REASON = 10;

/** The broken caps of a period's results: the district's (the organisation's), and each school's. */
export type ResultViolations = {
  district: DistributionViolation[];
  schools: { schoolId: string | null; schoolName: string | null; violations: DistributionViolation[] }[];
};

export type FinaliseInput = {
  finalised: boolean;
  organisationPredikat: OrganisationPredikat | null;
  violations: ResultViolations;
  reason?: string | null | undefined;
};

export type FinaliseDecision =
  | { ok: true; changed: false }
  /** `reason` and `violations` are recorded only when the district's caps were broken. */
  | { ok: true; changed: true; reason: string | null; violations: ResultViolations | null }
  | { ok: false; error: "NO_ORGANISATION_PREDIKAT" }
  | { ok: false; error: "REASON_REQUIRED"; min: number; violations: DistributionViolation[] };

/**
 * Finalising a period's results (issue 10 §2). Twice is a success that changes nothing (a retried
 * tap). Without an organisation predikat there are no caps to judge, so it is refused. The caps
 * are the organisation's — the district's (SE MenPANRB) — so only the district's broken caps need
 * a reason; a school's are shown as warnings (a school of five cannot meet a 70% cap by itself)
 * and recorded with the district's when it is finalised anyway.
 */
export function decideFinalise({
  finalised,
  organisationPredikat,
  violations,
  reason,
}: FinaliseInput): FinaliseDecision {
  if (finalised) return { ok: true, changed: false };
  if (organisationPredikat === null) return { ok: false, error: "NO_ORGANISATION_PREDIKAT" };
  if (violations.district.length === 0) return { ok: true, changed: true, reason: null, violations: null };
  const why = reason?.trim() ?? "";
  if (why.length < MIN_FINALISE_REASON) {
    return { ok: false, error: "REASON_REQUIRED", min: MIN_FINALISE_REASON, violations: violations.district };
  }
  const schools = violations.schools.filter((s) => s.violations.length > 0);
  return { ok: true, changed: true, reason: why, violations: { district: violations.district, schools } };
}

export type OrganisationPredikatDecision = { ok: true; changed: boolean } | { ok: false; error: "FINALISED" };

/** The admin sets or changes the organisation predikat until the results are finalised; the same value again is a no-op. */
export function decideOrganisationPredikat(o: {
  finalised: boolean;
  current: OrganisationPredikat | null;
  next: OrganisationPredikat;
}): OrganisationPredikatDecision {
  if (o.current === o.next) return { ok: true, changed: false };
  if (o.finalised) return { ok: false, error: "FINALISED" };
  return { ok: true, changed: true };
}

/**
 * Finalising locks the period's results: its penilaian documents take no save, action, reopen
 * request or reopen any more. The practice before them stays as it is (already done by then).
 */
export function resultsLocked(kind: string, finalised: boolean): boolean {
  return kind === "penilaian" && finalised;
}
