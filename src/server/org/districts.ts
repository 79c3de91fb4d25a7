import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { districts } from "../../db/schema.js";
import type { TimeZone } from "../../domain/time/today.js";
import { writeAudit } from "../core/audit.js";
import { authorize } from "../core/authorize.js";
import { notFound } from "../core/errors.js";
import type { SessionActor } from "../core/session.js";
import { refreshSuperiors } from "../periods/refresh-superiors.js";

/**
 * The district admin sets the district's time zone. "Today" moves by a few hours, so the atasan
 * of every running cycle is re-derived on the new date at once rather than at the next hourly run.
 */
export async function setDistrictTimeZone(
  db: Db,
  actor: SessionActor,
  districtId: string,
  timeZone: TimeZone,
  now: Date,
) {
  authorize(actor, { do: "district.manage", districtId });
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(districts).where(eq(districts.id, districtId));
    if (!before) throw notFound();
    const [d] = await tx.update(districts).set({ timeZone }).where(eq(districts.id, districtId)).returning();
    if (!d) throw notFound();
    await writeAudit(tx, {
      actorId: actor.personId,
      actingAs: "admin",
      entityType: "district",
      entityId: districtId,
      action: "district_time_zone_changed",
      fromState: before.timeZone,
      toState: timeZone,
    });
    if (before.timeZone !== timeZone) await refreshSuperiors(tx, { districtId, now, scope: { kind: "district" } });
    return { id: d.id, code: d.code, name: d.name, timeZone: d.timeZone };
  });
}
