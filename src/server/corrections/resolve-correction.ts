import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { profileCorrections } from "../../db/schema.js";
import { isAdminOf } from "../../domain/auth/policy.js";
import { writeAudit } from "../core/audit.js";
import { authorize } from "../core/authorize.js";
import { AppError, notFound } from "../core/errors.js";
import type { SessionActor } from "../core/session.js";
import { notify } from "../notifications/notify.js";
import type { CorrectionDto } from "./contract.js";
import { correctionDto } from "./present.js";

type Options = { db: Db; actor: SessionActor; correctionId: string; resolutionNote: string };

/** The operator (or district admin) fixed the data: the correction closes and the pegawai is told. */
export async function resolveCorrection({ db, actor, correctionId, resolutionNote }: Options): Promise<CorrectionDto> {
  return db.transaction(async (tx) => {
    const [c] = await tx.select().from(profileCorrections).where(eq(profileCorrections.id, correctionId));
    if (!c) throw notFound();
    authorize(actor, { do: "correction.handle", correction: c });
    // Conditional on "open": of two operators resolving at once, only the first one counts.
    const [updated] = await tx
      .update(profileCorrections)
      .set({ status: "resolved", resolvedBy: actor.personId, resolutionNote, resolvedAt: new Date() })
      .where(and(eq(profileCorrections.id, correctionId), eq(profileCorrections.status, "open")))
      .returning({ id: profileCorrections.id });
    if (!updated) throw new AppError("INVALID_STATE", "correction.alreadyResolved");
    await writeAudit(tx, {
      actorId: actor.personId,
      actingAs: isAdminOf(actor, c.districtId) ? "admin" : "operator",
      entityType: "profile_correction",
      entityId: c.id,
      action: "correction_resolved",
      fromState: "open",
      toState: "resolved",
      reason: resolutionNote,
    });
    await notify(tx, [c.personId], "correction_resolved", { name: actor.name }, "/kinerja-saya");
    return correctionDto(tx, c.id);
  });
}
