import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { timKinerjaSubjects } from "../../db/schema.js";
import { writeAudit } from "../core/audit.js";
import { authorize } from "../core/authorize.js";
import type { SessionActor } from "../core/session.js";
import { refreshSubjects } from "./links.js";

type Unassign = { actor: SessionActor; districtId: string; memberId: string; subjectId: string; now: Date };

/**
 * Ends one naming; the subject's cycles get their assessors again by the rule (`superiorOn`). A
 * retried click (or a link of another district) removes nothing and says so.
 */
export async function unassignTimMember(db: Db, o: Unassign): Promise<{ removed: boolean }> {
  authorize(o.actor, { do: "timKinerja.assign", districtId: o.districtId });
  return db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(timKinerjaSubjects)
      .where(
        and(
          eq(timKinerjaSubjects.districtId, o.districtId),
          eq(timKinerjaSubjects.memberId, o.memberId),
          eq(timKinerjaSubjects.subjectId, o.subjectId),
        ),
      )
      .returning();
    if (!gone) return { removed: false };
    await writeAudit(tx, {
      actorId: o.actor.personId,
      actingAs: "admin",
      entityType: "tim_kinerja_subject",
      entityId: gone.id,
      action: "tim_kinerja_unassigned",
      data: { districtId: o.districtId, memberId: o.memberId, subjectId: o.subjectId },
    });
    await refreshSubjects(tx, o.districtId, [o.subjectId], o.now);
    return { removed: true };
  });
}
