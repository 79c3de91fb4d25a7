import { and, eq, inArray, or } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { profileCorrections } from "../../db/schema.js";
import { adminDistricts, operatorSchools } from "../../domain/auth/policy.js";
import { forbidden } from "../core/errors.js";
import type { SessionActor } from "../core/session.js";
import type { CorrectionDto } from "./contract.js";
import { correctionDtos } from "./present.js";

/** The reporter's own corrections, whatever their status. */
export async function listMyCorrections(db: Db, actor: SessionActor): Promise<CorrectionDto[]> {
  return correctionDtos(db, eq(profileCorrections.personId, actor.personId));
}

/** Operator: the corrections of their schools. Admin: those of their districts. Anyone else: refused. */
export async function listCorrections(
  db: Db,
  actor: SessionActor,
  status?: "open" | "resolved",
): Promise<CorrectionDto[]> {
  const districtIds = adminDistricts(actor);
  const schoolIds = operatorSchools(actor);
  if (districtIds.length === 0 && schoolIds.length === 0) throw forbidden();
  const scope = or(
    ...(districtIds.length ? [inArray(profileCorrections.districtId, districtIds)] : []),
    ...(schoolIds.length ? [inArray(profileCorrections.schoolId, schoolIds)] : []),
  );
  return correctionDtos(db, and(scope, status ? eq(profileCorrections.status, status) : undefined));
}
