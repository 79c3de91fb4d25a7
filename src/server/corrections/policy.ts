import { type Actor, canManageSchool, type Hat, isAdminOf } from "../../domain/auth/policy.js";

/** Where a correction goes: the school's operator when it has a school, else the district admin. */
export type CorrectionRef = { personId: string; districtId: string; schoolId: string | null };

/** Pegawai hats whose staff data a correction is about; the teacher or principal hat names the school. */
export function reportingHat(actor: Actor): Hat | null {
  const atSchool = actor.hats.find((h) => (h.kind === "teacher" || h.kind === "principal") && h.schoolId);
  if (atSchool) return atSchool;
  return actor.hats.find((h) => h.kind === "supervisor") ?? null;
}

/** Operators of the school and admins of the district see and resolve it. The reporter only reads their own. */
export function canHandleCorrection(actor: Actor, c: CorrectionRef): boolean {
  if (c.schoolId) return canManageSchool(actor, { districtId: c.districtId, schoolId: c.schoolId });
  return isAdminOf(actor, c.districtId);
}
