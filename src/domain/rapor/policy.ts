import { type Actor, canManageSchool, isAdminOf } from "../auth/policy.js";

export type SchoolRef = { districtId: string; schoolId: string };

/** Replacing a school's Rapor results: the school's operator or the district admin. */
export function canImportRapor(actor: Actor, school: SchoolRef): boolean {
  return canManageSchool(actor, school);
}

/** Reading them: anyone with a current hat at that school (guru, KS, Plt, pengawas, operator), or the district admin. */
export function canReadRapor(actor: Actor, school: SchoolRef): boolean {
  return actor.hats.some((h) => h.schoolId === school.schoolId) || isAdminOf(actor, school.districtId);
}
