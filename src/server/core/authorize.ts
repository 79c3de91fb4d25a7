import { type Actor, can, type Permission } from "../../domain/auth/policy.js";
import { forbidden } from "./errors.js";

/** Asks the one policy; a "no" is a 403 before anything is read from the request body or written. */
export function authorize(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw forbidden();
}
