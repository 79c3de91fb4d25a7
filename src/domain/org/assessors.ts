import { type AssignmentFact, activeOn, type IsoDate } from "./types.js";

/** Which cycle a person runs: the guru, kepala sekolah or pengawas variant. */
export const CYCLE_TRACKS = ["guru", "kepala_sekolah", "pengawas"] as const;
export type CycleTrack = (typeof CYCLE_TRACKS)[number];

/** How the atasan holds the role: recorded so a Plt's decisions say they acted as Plt. */
export const SUPERIOR_KINDS = ["principal", "acting_principal", "head_of_district"] as const;
export type SuperiorKind = (typeof SUPERIOR_KINDS)[number];

export type CycleSubject = {
  personId: string;
  track: CycleTrack;
  districtId: string;
  /** The school of a guru or KS; null for a pengawas. */
  schoolId: string | null;
};

export type NoSuperiorReason = "NO_PRINCIPAL" | "NO_HEAD_OF_DISTRICT";

export type SuperiorResult =
  | { ok: true; superiorId: string; superiorKind: SuperiorKind; assessorIds: string[] }
  | { ok: false; reason: NoSuperiorReason; assessorIds: string[] };

/**
 * The cycle a person runs on `date`, if any. A definitive KS runs the KS cycle even if also
 * listed as guru; a pengawas runs the pengawas cycle; a Plt keeps their guru cycle.
 */
export function subjectOn(
  personId: string,
  assignments: readonly AssignmentFact[],
  date: IsoDate,
): CycleSubject | null {
  const mine = activeOn(
    assignments.filter((a) => a.personId === personId),
    date,
  );
  const ks = mine.find((a) => a.kind === "principal" && !a.acting);
  if (ks) return { personId, track: "kepala_sekolah", districtId: ks.districtId, schoolId: ks.schoolId };
  const supervisor = mine.find((a) => a.kind === "supervisor");
  if (supervisor) return { personId, track: "pengawas", districtId: supervisor.districtId, schoolId: null };
  const teacher = mine.find((a) => a.kind === "teacher");
  if (teacher) return { personId, track: "guru", districtId: teacher.districtId, schoolId: teacher.schoolId };
  return null;
}

/**
 * Who assesses a subject on `date` (DOMAIN.md §1):
 * - guru → the school's KS; while a Plt is appointed, the Plt (the appointment exists because
 *   the definitive KS cannot act);
 * - KS and pengawas → the Kepala Dinas, with the Tim Kinerja members named for them (else the
 *   school's or the whole team, `timKinerjaOf`) as assessors;
 * - a Plt's own guru cycle → the Kepala Dinas / Tim Kinerja: nobody assesses themselves.
 * No atasan is a result to report, never an exception or a silent drop.
 */
export function superiorOn(
  subject: CycleSubject,
  assignments: readonly AssignmentFact[],
  date: IsoDate,
): SuperiorResult {
  const active = activeOn(assignments, date);
  if (subject.track === "guru") {
    const heads = active.filter(
      (a) => a.kind === "principal" && a.schoolId === subject.schoolId && a.personId !== subject.personId,
    );
    const selfIsPlt = active.some(
      (a) => a.kind === "principal" && a.acting && a.personId === subject.personId && a.schoolId === subject.schoolId,
    );
    if (!selfIsPlt) {
      const pick = latest(heads.filter((a) => a.acting)) ?? latest(heads.filter((a) => !a.acting));
      if (pick) {
        return {
          ok: true,
          superiorId: pick.personId,
          superiorKind: pick.acting ? "acting_principal" : "principal",
          assessorIds: [],
        };
      }
      return { ok: false, reason: "NO_PRINCIPAL", assessorIds: [] };
    }
  }
  return districtSuperior(subject, active);
}

/** How someone assesses a subject: as its atasan (KS, Plt, Kepala Dinas) or as a Tim Kinerja member. */
export type AssessorRole = SuperiorKind | "tim_kinerja";

/**
 * The one answer to "does `actorId` assess this subject on `date`, and as what?". Plan actions,
 * the queue, /api/me and file access all ask this, so a Plt outside their dates or a KS who has
 * left is refused everywhere at once. `facts` must hold the subject's school principals and the
 * district's Kepala Dinas and Tim Kinerja hats (`assessmentFacts` on the server loads them).
 */
export function assessorRoleOn(
  actorId: string,
  subject: CycleSubject,
  facts: readonly AssignmentFact[],
  date: IsoDate,
): AssessorRole | null {
  return assessorRoleIn(actorId, subject, superiorOn(subject, facts, date));
}

/** `assessorRoleOn` from the subject's `superiorOn` answer, for a caller that also needs that answer. */
export function assessorRoleIn(actorId: string, subject: CycleSubject, r: SuperiorResult): AssessorRole | null {
  if (actorId === subject.personId) return null;
  if (r.ok && r.superiorId === actorId) return r.superiorKind;
  return r.assessorIds.includes(actorId) ? "tim_kinerja" : null;
}

function districtSuperior(subject: CycleSubject, active: AssignmentFact[]): SuperiorResult {
  const inDistrict = active.filter((a) => a.districtId === subject.districtId && a.personId !== subject.personId);
  const assessorIds = timKinerjaOf(subject, inDistrict);
  const head = latest(inDistrict.filter((a) => a.kind === "head_of_district"));
  if (!head) return { ok: false, reason: "NO_HEAD_OF_DISTRICT", assessorIds };
  return { ok: true, superiorId: head.personId, superiorKind: "head_of_district", assessorIds };
}

/**
 * The Tim Kinerja of a subject the Dinas assesses (`hats`: today's hats of the district, the
 * subject's own excluded, so nobody ever observes themselves):
 * 1. the members the admin named for this person, while they hold a tim_kinerja hat;
 * 2. else a member whose hat is narrowed to the subject's school;
 * 3. else the whole team.
 * 2 and 3 are the rule from before per-person naming, kept as the fallback: a subject nobody has
 * been named for yet (a new KS, a district that has not done its assignments) still has
 * observers instead of losing them, and the admin's workload view lists those subjects as
 * "tanpa anggota" so the fallback is never silent. Once named, only the named members act.
 */
function timKinerjaOf(subject: CycleSubject, hats: AssignmentFact[]): string[] {
  const team = hats.filter((a) => a.kind === "tim_kinerja");
  const named = team.filter((a) => a.namedSubjectIds?.includes(subject.personId));
  if (named.length > 0) return unique(named.map((a) => a.personId));
  const scoped = subject.schoolId ? team.filter((a) => a.schoolId === subject.schoolId) : [];
  return unique((scoped.length > 0 ? scoped : team.filter((a) => a.schoolId === null)).map((a) => a.personId));
}

/** The most recently started assignment wins when data overlaps (e.g. a new KS before the old one's end date). */
function latest(list: AssignmentFact[]): AssignmentFact | undefined {
  return [...list].sort((a, b) => b.startsOn.localeCompare(a.startsOn) || a.personId.localeCompare(b.personId))[0];
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)].sort();
}
