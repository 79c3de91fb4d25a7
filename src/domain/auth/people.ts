import type { AssignmentKind } from "../org/types.js";
import { type Actor, adminDistricts, isAdminOf, operatorSchools, type PersonFacts, unendedHats } from "./actor.js";

/** The hats a school operator may hand out or end: plain staff of their own school. */
const OPERATOR_KINDS: readonly AssignmentKind[] = ["teacher", "operator"];

/**
 * An operator manages a person only when *every* hat the person still holds is a plain teacher or
 * operator hat at one of the operator's schools. A principal (also a Plt), pengawas, Tim Kinerja
 * member, admin or Kepala Dinas is out of reach even if they also teach there: resetting their
 * password would let the operator sign in as their own atasan.
 */
export function operatorManages(actor: Actor, person: PersonFacts): boolean {
  const schools = operatorSchools(actor);
  if (schools.length === 0) return false;
  const hats = unendedHats(person);
  return (
    hats.length > 0 &&
    hats.every((h) => OPERATOR_KINDS.includes(h.kind) && h.schoolId !== null && schools.includes(h.schoolId))
  );
}

/**
 * A district admin manages a person who works (or worked) in their district and holds no hat in
 * a district they do not administer: an admin never reaches into another district through a
 * person who works in both.
 */
export function adminManages(actor: Actor, person: PersonFacts): boolean {
  const mine = adminDistricts(actor);
  if (!person.hats.some((h) => mine.includes(h.districtId))) return false;
  return unendedHats(person).every((h) => mine.includes(h.districtId));
}

export function managesPerson(actor: Actor, person: PersonFacts): boolean {
  return adminManages(actor, person) || operatorManages(actor, person);
}

export type HatTarget = { kind: AssignmentKind; districtId: string; schoolId: string | null };

/**
 * Giving a person a hat. The admin of the hat's district, for a person who holds no hat in
 * another district. An operator only a teacher hat at their own school, and only to someone
 * already there whom they manage: never to an arbitrary person id (e.g. the admin's own).
 */
export function canGrantHat(actor: Actor, hat: HatTarget, person: PersonFacts): boolean {
  if (isAdminOf(actor, hat.districtId)) {
    return unendedHats(person).every((h) => isAdminOf(actor, h.districtId));
  }
  return (
    hat.kind === "teacher" &&
    hat.schoolId !== null &&
    operatorSchools(actor).includes(hat.schoolId) &&
    operatorManages(actor, person)
  );
}

/** Ending (or re-dating) a hat: its district's admin; an operator a teacher hat of someone they manage. */
export function canEndHat(actor: Actor, hat: HatTarget, person: PersonFacts): boolean {
  if (isAdminOf(actor, hat.districtId)) return true;
  return (
    hat.kind === "teacher" &&
    hat.schoolId !== null &&
    operatorSchools(actor).includes(hat.schoolId) &&
    operatorManages(actor, person)
  );
}
