import type { AssessorRole } from "../org/assessors.js";
import type { PlanRole } from "../planning/state.js";
import {
  type Actor,
  adminDistricts,
  type Hat,
  isAdminOf,
  isHeadOf,
  operatorSchools,
  type PersonFacts,
  type SchoolRef,
} from "./actor.js";
import { canEndHat, canGrantHat, type HatTarget, managesPerson } from "./people.js";

export type { Actor, DatedHat, Hat, PersonFacts, SchoolRef } from "./actor.js";
export { adminDistricts, isAdminOf, isHeadOf, operatorSchools } from "./actor.js";

/**
 * The one place that answers "may this actor do this to this resource". Every use case asks
 * `can` (the server's `authorize` throws when the answer is no); no route or query decides on its
 * own. Deny by default: each case says yes only for a hat that explicitly covers the resource.
 */
export type Permission =
  /** Periods, extensions, the people and assignment lists, the reopen inbox, the reminders sent of a district. */
  | { do: "district.manage"; districtId: string }
  | { do: "school.create"; districtId: string }
  /** A school's detail, staff list and data. */
  | { do: "school.manage"; school: SchoolRef }
  | { do: "person.create"; school: SchoolRef }
  /** Changing a person's staff data. */
  | { do: "person.update"; person: PersonFacts }
  /** Creating an account or resetting its password (the holder must choose a new one). */
  | { do: "account.reset"; person: PersonFacts }
  | { do: "assignment.create"; hat: HatTarget; person: PersonFacts }
  | { do: "assignment.end"; hat: HatTarget; person: PersonFacts }
  | { do: "import.staff"; districtId: string }
  /** Naming Tim Kinerja members for the district's KS and pengawas, and the workload view. */
  | { do: "timKinerja.assign"; districtId: string }
  | { do: "rapor.import"; school: SchoolRef }
  /** One Rapor Pendidikan file for many schools of a district (an NPSN column): its admin only. */
  | { do: "rapor.importDistrict"; districtId: string }
  | { do: "rapor.read"; school: SchoolRef }
  | { do: "correction.report" }
  | { do: "correction.handle"; correction: CorrectionRef }
  | { do: "file.upload" }
  | { do: "file.read"; file: FileAudience }
  /** Opening a plan at all; what may be done to it in its status is `planRoles` × the state machine. */
  | { do: "plan.open"; plan: PlanAudience }
  /** Opening a cycle's practice documents: the same people as its plan; per document, its roles × its definition. */
  | { do: "documents.open"; cycle: PlanAudience }
  /** A pengawas's survey to a school: read and answered by that school's KS (or Plt) today only. */
  | { do: "survey.answer"; school: SchoolRef }
  /**
   * A school's dashboard: its KS or Plt today. Which of its teachers it counts is then `assessorRoleOn`
   * per cycle (a definitive KS beside an appointed Plt assesses nobody, and sees zeros).
   */
  | { do: "dashboard.school"; schoolId: string }
  /** A district's dashboard (every school's progress, the indicators chosen): its admin and its Kepala Dinas. */
  | { do: "dashboard.district"; districtId: string }
  /** A period's results (the distribution of predikat, its caps) and their exports: the Dinas's leadership. */
  | { do: "results.read"; districtId: string }
  /** The organisation predikat that caps the distribution: the district admin sets it. */
  | { do: "results.setOrganisationPredikat"; districtId: string }
  /** Finalising the results, which locks the period's penilaian: the district admin or the Kepala Dinas. */
  | { do: "results.finalise"; districtId: string };

export type Action = Permission["do"];

export function can(actor: Actor, p: Permission): boolean {
  switch (p.do) {
    case "district.manage":
    case "school.create":
    case "import.staff":
    case "timKinerja.assign":
    case "rapor.importDistrict":
      return isAdminOf(actor, p.districtId);
    case "school.manage":
    case "person.create":
    case "rapor.import":
      return managesSchool(actor, p.school);
    case "person.update":
    case "account.reset":
      return managesPerson(actor, p.person);
    case "assignment.create":
      return canGrantHat(actor, p.hat, p.person);
    case "assignment.end":
      return canEndHat(actor, p.hat, p.person);
    case "rapor.read":
      return actor.hats.some((h) => h.schoolId === p.school.schoolId) || isAdminOf(actor, p.school.districtId);
    case "correction.report":
      return reportingHat(actor) !== null;
    case "correction.handle":
      return p.correction.schoolId
        ? managesSchool(actor, { districtId: p.correction.districtId, schoolId: p.correction.schoolId })
        : isAdminOf(actor, p.correction.districtId);
    case "file.upload":
      return actor.hats.length > 0;
    case "file.read":
      return (
        p.file.ownerId === actor.personId ||
        p.file.actorAssessesOwner ||
        p.file.ownerDistrictIds.some((d) => isAdminOf(actor, d))
      );
    case "plan.open":
      return planRoles(actor, p.plan).length > 0;
    case "documents.open":
      return planRoles(actor, p.cycle).length > 0;
    case "survey.answer":
      return actor.hats.some(
        (h) => h.kind === "principal" && h.schoolId === p.school.schoolId && h.districtId === p.school.districtId,
      );
    case "dashboard.school":
      return headedSchools(actor).includes(p.schoolId);
    case "dashboard.district":
      return (
        isAdminOf(actor, p.districtId) ||
        actor.hats.some((h) => h.kind === "head_of_district" && h.districtId === p.districtId)
      );
    case "results.read":
    case "results.finalise":
      return isAdminOf(actor, p.districtId) || isHeadOf(actor, p.districtId);
    case "results.setOrganisationPredikat":
      return isAdminOf(actor, p.districtId);
    default:
      return deny(p);
  }
}

// A permission added to the union without a case above fails to compile here.
function deny(p: never): false {
  void p;
  return false;
}

/** Staff data of a school: the district admin, or that school's operator. */
function managesSchool(actor: Actor, school: SchoolRef): boolean {
  return isAdminOf(actor, school.districtId) || operatorSchools(actor).includes(school.schoolId);
}

/** The schools the actor heads today, as KS or Plt (a school's dashboard when none is named: the first). */
export function headedSchools(actor: Actor): string[] {
  return [...new Set(actor.hats.flatMap((h) => (h.kind === "principal" && h.schoolId ? [h.schoolId] : [])))];
}

/** The districts whose dashboard the actor may open (the first is theirs when none is named). */
export function dashboardDistricts(actor: Actor): string[] {
  const districts = actor.hats
    .filter((h) => h.kind === "admin" || h.kind === "head_of_district")
    .map((h) => h.districtId);
  return [...new Set(districts)].filter((d) => can(actor, { do: "dashboard.district", districtId: d }));
}

/** Whether any admin page is open to this actor at all (the admin menu). */
export function hasAdminAccess(actor: Actor): boolean {
  return actor.hats.some((h) => h.kind === "admin" || h.kind === "operator");
}

export function managesAnyDistrict(actor: Actor): boolean {
  return adminDistricts(actor).length > 0;
}

/** Where a correction goes: the school's operator when it has a school, else the district admin. */
export type CorrectionRef = { personId: string; districtId: string; schoolId: string | null };

/** The pegawai hat a correction is about; the teacher or principal hat names the school. */
export function reportingHat(actor: Actor): Hat | null {
  const atSchool = actor.hats.find((h) => (h.kind === "teacher" || h.kind === "principal") && h.schoolId);
  if (atSchool) return atSchool;
  return actor.hats.find((h) => h.kind === "supervisor") ?? null;
}

/**
 * The school whose operator receives a person's correction: the one school where every hat they
 * hold is a teacher or operator hat — exactly whom `operatorManages` lets an operator change. A
 * principal (also a Plt), a pengawas, a Tim Kinerja member or someone at two schools gets null:
 * the district admin, the only one who may change their data.
 */
export function correctionSchoolOf(hats: readonly Pick<Hat, "kind" | "schoolId">[]): string | null {
  const schools = new Set(hats.map((h) => h.schoolId));
  const [school] = schools;
  const plain = hats.every((h) => h.kind === "teacher" || h.kind === "operator");
  return plain && schools.size === 1 && school ? school : null;
}

/** Facts about a file's owner that decide who else may read it, loaded by the use case. */
export type FileAudience = {
  ownerId: string;
  /** `assessorRoleOn` gives the actor a role on a running cycle of the owner. */
  actorAssessesOwner: boolean;
  /** Districts where the owner holds (or held) any assignment. */
  ownerDistrictIds: readonly string[];
};

/** Who the actor is to a plan: its owner, its atasan or Tim Kinerja today, the district admin. */
export type PlanAudience = { ownerId: string; districtId: string; assessorRole: AssessorRole | null };

export function planRoles(actor: Actor, plan: PlanAudience): PlanRole[] {
  const roles: PlanRole[] = [];
  if (plan.ownerId === actor.personId) roles.push("owner");
  if (plan.assessorRole !== null) roles.push("superior");
  if (isAdminOf(actor, plan.districtId)) roles.push("admin");
  return roles;
}

/**
 * The actor's roles on one document of the cycle: their `planRoles`, except that a Tim Kinerja
 * member — who shares the atasan's pen on a KS's or pengawas's practice — is not the atasan on a
 * document only the atasan decides (`atasanOnly`: the penilaian; DOMAIN.md §5 "the Tim Kinerja
 * recommends and the Kepala Dinas decides"). They still read it.
 */
export function documentRoles(
  roles: readonly PlanRole[],
  assessorRole: AssessorRole | null,
  document: { atasanOnly?: boolean },
): PlanRole[] {
  if (document.atasanOnly && assessorRole === "tim_kinerja") return roles.filter((r) => r !== "superior");
  return [...roles];
}
