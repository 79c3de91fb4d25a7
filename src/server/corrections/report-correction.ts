import { and, eq } from "drizzle-orm";
import type { Db, Queryable } from "../../db/client.js";
import { assignments, profileCorrections } from "../../db/schema.js";
import { correctionSchoolOf, reportingHat } from "../../domain/auth/policy.js";
import { activeOn } from "../../domain/org/types.js";
import { writeAudit } from "../core/audit.js";
import { districtToday } from "../core/clock.js";
import { AppError } from "../core/errors.js";
import type { SessionActor } from "../core/session.js";
import { notify } from "../notifications/notify.js";
import type { CorrectionDto } from "./contract.js";
import { correctionDto } from "./present.js";

/** Who fixes the data: the school's operators today; the district admins when the school has none. */
async function handlersOf(tx: Queryable, districtId: string, schoolId: string | null, today: string) {
  const operators = schoolId
    ? await tx
        .select()
        .from(assignments)
        .where(and(eq(assignments.kind, "operator"), eq(assignments.schoolId, schoolId)))
    : [];
  const active = activeOn(operators, today);
  if (active.length > 0) return active.map((a) => a.personId);
  const admins = await tx
    .select()
    .from(assignments)
    .where(and(eq(assignments.kind, "admin"), eq(assignments.districtId, districtId)));
  return activeOn(admins, today).map((a) => a.personId);
}

/** "Laporkan perbaikan": the pegawai's staff data is wrong; whoever may change it is told (`correctionSchoolOf`). */
export async function reportCorrection(o: {
  db: Db;
  actor: SessionActor;
  note: string;
  now: Date;
}): Promise<CorrectionDto> {
  const { db, actor, note } = o;
  const hat = reportingHat(actor);
  if (!hat) throw new AppError("FORBIDDEN", "correction.notPegawai");
  // Only a plain teacher's data can be changed by their school's operator: the others go to the dinas.
  const schoolId = correctionSchoolOf(actor.hats);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(profileCorrections)
      .values({ personId: actor.personId, schoolId, districtId: hat.districtId, note })
      .returning();
    if (!row) throw new Error("correction insert returned nothing");
    await writeAudit(tx, {
      actorId: actor.personId,
      actingAs: "owner",
      entityType: "profile_correction",
      entityId: row.id,
      action: "correction_reported",
      toState: "open",
      data: { schoolId, note },
    });
    const to = await handlersOf(tx, hat.districtId, schoolId, await districtToday(tx, hat.districtId, o.now));
    await notify(tx, to, "correction_reported", { name: actor.name }, "/admin/koreksi");
    return correctionDto(tx, row.id);
  });
}
