import type { Db } from "../../db/client.js";
import { authorize } from "../core/authorize.js";

import type { SessionActor } from "../core/session.js";
import { schoolById } from "../org/queries.js";
import type { RaporView } from "./contract.js";
import { raporView } from "./present.js";

export async function getRapor(db: Db, actor: SessionActor, schoolId: string): Promise<RaporView> {
  const school = await schoolById(db, schoolId);
  authorize(actor, { do: "rapor.read", school: { districtId: school.districtId, schoolId } });
  return raporView(db, school);
}
