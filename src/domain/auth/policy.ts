import type { AssignmentKind } from "../org/types.js";

/**
 * Who may do what with organisation data. Deny by default: every function answers
 * "yes" only for a hat that explicitly covers the resource.
 */
export type Hat = {
  kind: AssignmentKind;
  districtId: string;
  schoolId: string | null;
  acting: boolean;
};

export type Actor = {
  personId: string;
  /** Hats active today. */
  hats: Hat[];
};

export type SchoolRef = { districtId: string; schoolId: string };

export function isAdminOf(actor: Actor, districtId: string): boolean {
  return actor.hats.some((h) => h.kind === "admin" && h.districtId === districtId);
}

export function adminDistricts(actor: Actor): string[] {
  return [...new Set(actor.hats.filter((h) => h.kind === "admin").map((h) => h.districtId))];
}

export function operatorSchools(actor: Actor): string[] {
  return actor.hats.filter((h) => h.kind === "operator" && h.schoolId).map((h) => h.schoolId as string);
}

/** Staff data of a school: the district admin, or that school's operator. */
export function canManageSchool(actor: Actor, school: SchoolRef): boolean {
  return isAdminOf(actor, school.districtId) || operatorSchools(actor).includes(school.schoolId);
}

/** District-wide hats (Tim Kinerja, admin) and periods: only the district admin. */
export function canManageDistrict(actor: Actor, districtId: string): boolean {
  return isAdminOf(actor, districtId);
}

/** Whether any admin page is open to this actor at all (the admin menu). */
export function hasAdminAccess(actor: Actor): boolean {
  return actor.hats.some((h) => h.kind === "admin" || h.kind === "operator");
}

/** Assignments an operator may create: school staff only, never admin or Tim Kinerja hats. */
export function canAssign(actor: Actor, kind: AssignmentKind, target: { districtId: string; schoolId: string | null }) {
  if (isAdminOf(actor, target.districtId)) return true;
  if (kind === "teacher" && target.schoolId) return operatorSchools(actor).includes(target.schoolId);
  return false;
}
