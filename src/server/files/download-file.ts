import { and, eq, gte } from "drizzle-orm";
import type { Db, Queryable } from "../../db/client.js";
import { assignments, cycles, files, periods } from "../../db/schema.js";
import { authorize } from "../core/authorize.js";
import { AppError, notFound } from "../core/errors.js";
import { type SessionActor, todayIso } from "../core/session.js";
import { type Storage, StorageMissingError } from "../core/storage.js";
import { assessorRolesOf, candidateOf } from "../org/facts.js";

export type FileDownload = { fileName: string; mimeType: string; bytes: Buffer };

/** Whether the actor assesses the owner today, by the one rule, in a period that has not ended. */
async function assessesOwner(db: Queryable, actorId: string, ownerId: string, today: string): Promise<boolean> {
  const owned = await db
    .select({ cycle: cycles, districtId: periods.districtId })
    .from(cycles)
    .innerJoin(periods, eq(periods.id, cycles.periodId))
    .where(and(eq(cycles.personId, ownerId), gte(periods.endsOn, today)));
  if (owned.length === 0) return false;
  const roles = await assessorRolesOf(
    db,
    actorId,
    owned.map((r) => candidateOf(r.cycle, r.districtId)),
    today,
  );
  return roles.size > 0;
}

export async function downloadFile(o: { db: Db; storage: Storage; actor: SessionActor; fileId: string }) {
  const { db, storage, actor, fileId } = o;
  const [file] = await db.select().from(files).where(eq(files.id, fileId));
  if (!file) throw notFound();
  const owned = file.ownerId === actor.personId;
  const ownerDistricts = owned
    ? []
    : await db
        .selectDistinct({ id: assignments.districtId })
        .from(assignments)
        .where(eq(assignments.personId, file.ownerId));
  authorize(actor, {
    do: "file.read",
    file: {
      ownerId: file.ownerId,
      actorAssessesOwner: !owned && (await assessesOwner(db, actor.personId, file.ownerId, todayIso())),
      ownerDistrictIds: ownerDistricts.map((d) => d.id),
    },
  });
  try {
    const bytes = await storage.get(file.storageKey);
    return { fileName: file.fileName, mimeType: file.mimeType, bytes } satisfies FileDownload;
  } catch (err) {
    if (err instanceof StorageMissingError) throw new AppError("NOT_FOUND", "file.missing");
    throw err;
  }
}
