import { type Actor, isAdminOf } from "../../domain/auth/policy.js";

/** Facts about a file's owner that decide who else may read it, loaded by the use case. */
export type FileAudience = {
  ownerId: string;
  /** The actor is the stored atasan, or a Tim Kinerja member, of a current cycle of the owner. */
  actorAssessesOwner: boolean;
  /** Districts where the owner holds (or held) any assignment. */
  ownerDistrictIds: readonly string[];
};

/** Every signed-in person with a current hat may upload their own evidence. */
export function canUploadFile(actor: Actor): boolean {
  return actor.hats.length > 0;
}

/** The owner, whoever currently assesses the owner, or the admin of a district the owner works in. Nobody else. */
export function canReadFile(actor: Actor, f: FileAudience): boolean {
  if (f.ownerId === actor.personId) return true;
  if (f.actorAssessesOwner) return true;
  return f.ownerDistrictIds.some((d) => isAdminOf(actor, d));
}
