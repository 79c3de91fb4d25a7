/** Hats a person can wear, each for a date range. One person may hold several at once. */
export const ASSIGNMENT_KINDS = [
  "teacher",
  "principal",
  "supervisor",
  "tim_kinerja",
  "operator",
  "admin",
  "head_of_district",
] as const;
export type AssignmentKind = (typeof ASSIGNMENT_KINDS)[number];

export const EMPLOYMENT_STATUSES = ["PNS", "PPPK", "NON_ASN"] as const;
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number];

export const SCHOOL_LEVELS = ["PAUD", "TK", "SD", "SMP", "SMA", "SMK", "SLB"] as const;
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];

/** Kinds that belong to one school; the others are district-wide. */
export const SCHOOL_SCOPED_KINDS: readonly AssignmentKind[] = ["teacher", "principal", "supervisor", "operator"];

/** ISO calendar date, "YYYY-MM-DD". Compared as strings: the format sorts correctly. */
export type IsoDate = string;

export type AssignmentFact = {
  personId: string;
  kind: AssignmentKind;
  districtId: string;
  /** Null for district-wide kinds; for tim_kinerja an optional narrowing to one school's KS. */
  schoolId: string | null;
  /** Plt (pelaksana tugas) kepala sekolah. */
  acting: boolean;
  startsOn: IsoDate;
  /** Inclusive; null = open-ended. */
  endsOn: IsoDate | null;
  /**
   * On a tim_kinerja hat: the KS and pengawas the admin named its holder to observe
   * (`tim_kinerja_subjects`), at least those of the subjects being asked about. Loaders that
   * feed `superiorOn` for a KS or pengawas must fill it; absent means "named for nobody".
   */
  namedSubjectIds?: readonly string[] | null;
};

export function isActiveOn(a: Pick<AssignmentFact, "startsOn" | "endsOn">, date: IsoDate): boolean {
  return a.startsOn <= date && (a.endsOn === null || date <= a.endsOn);
}

export function activeOn<T extends Pick<AssignmentFact, "startsOn" | "endsOn">>(
  list: readonly T[],
  date: IsoDate,
): T[] {
  return list.filter((a) => isActiveOn(a, date));
}

function rangesOverlap(a: Pick<AssignmentFact, "startsOn" | "endsOn">, b: Pick<AssignmentFact, "startsOn" | "endsOn">) {
  return a.startsOn <= (b.endsOn ?? "9999-12-31") && b.startsOn <= (a.endsOn ?? "9999-12-31");
}

/**
 * A school has one definitive KS and at most one Plt at any date. A Plt may overlap the
 * definitive KS (that is what a Plt is for) but not another Plt, and two definitive KS may not
 * overlap. Returns the clashing assignment, if any.
 */
export function principalClash(
  existing: readonly (AssignmentFact & { id: string })[],
  candidate: AssignmentFact,
): (AssignmentFact & { id: string }) | undefined {
  if (candidate.kind !== "principal") return undefined;
  return existing.find(
    (a) =>
      a.kind === "principal" &&
      a.schoolId === candidate.schoolId &&
      a.acting === candidate.acting &&
      rangesOverlap(a, candidate),
  );
}
