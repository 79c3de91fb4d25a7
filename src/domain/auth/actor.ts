import type { AssignmentKind, IsoDate } from "../org/types.js";

/** One hat the actor wears today (an assignment active on the district's date). */
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

/**
 * A hat of someone the actor wants to act on, with its dates and its district's date today: the
 * policy decides which still count (each hat by its own district's calendar, WIB, WITA or WIT).
 */
export type DatedHat = Hat & { startsOn: IsoDate; endsOn: IsoDate | null; today: IsoDate };

/** What the policy needs to know about a person the actor wants to change: every hat they hold or held. */
export type PersonFacts = { personId: string; hats: DatedHat[] };

export function isAdminOf(actor: Actor, districtId: string): boolean {
  return actor.hats.some((h) => h.kind === "admin" && h.districtId === districtId);
}

/** The Kepala Dinas of the district today (a `head_of_district` hat there). */
export function isHeadOf(actor: Actor, districtId: string): boolean {
  return actor.hats.some((h) => h.kind === "head_of_district" && h.districtId === districtId);
}

export function adminDistricts(actor: Actor): string[] {
  return [...new Set(actor.hats.filter((h) => h.kind === "admin").map((h) => h.districtId))];
}

export function operatorSchools(actor: Actor): string[] {
  return actor.hats.filter((h) => h.kind === "operator" && h.schoolId).map((h) => h.schoolId as string);
}

/** Hats not ended today: current ones and those starting later (an appointment already made counts). */
export function unendedHats(p: PersonFacts): DatedHat[] {
  return p.hats.filter((h) => h.endsOn === null || h.endsOn >= h.today);
}
