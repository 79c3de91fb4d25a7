import type { Db } from "../../db/client.js";
import { canReadRapor } from "../../domain/rapor/policy.js";
import { forbidden } from "../core/errors.js";
import type { SessionActor } from "../core/session.js";
import { schoolById } from "../org/queries.js";
import type { RaporView } from "./contract.js";
import { raporView } from "./present.js";

export async function getRapor(db: Db, actor: SessionActor, schoolId: string): Promise<RaporView> {
  const school = await schoolById(db, schoolId);
  if (!canReadRapor(actor, { districtId: school.districtId, schoolId })) throw forbidden();
  return raporView(db, school);
}
