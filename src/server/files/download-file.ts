import { eq } from "drizzle-orm";
import type { Db, Queryable } from "../../db/client.js";
import { assignments, cycles, districts, files, periods } from "../../db/schema.js";
import { dateInZone } from "../../domain/time/today.js";
import { authorize } from "../core/authorize.js";
import { AppError, notFound } from "../core/errors.js";
import type { SessionActor } from "../core/session.js";
import { type Storage, StorageMissingError } from "../core/storage.js";
import { assessorRolesOf, candidateOf } from "../org/facts.js";

export type FileDownload = { fileName: string; mimeType: string; bytes: Buffer };

/** Whether the actor assesses the owner today, by the one rule, in a period that has not ended (each at its district's date). */
async function assessesOwner(db: Queryable, actorId: string, ownerId: string, now: Date): Promise<boolean> {
  const owned = await db
    .select({ cycle: cycles, districtId: periods.districtId, endsOn: periods.endsOn, timeZone: districts.timeZone })
    .from(cycles)
    .innerJoin(periods, eq(periods.id, cycles.periodId))
    .innerJoin(districts, eq(districts.id, periods.districtId))
    .where(eq(cycles.personId, ownerId));
  const running = owned.flatMap((r) => {
    const today = dateInZone(now, r.timeZone);
    return r.endsOn >= today ? [candidateOf(r.cycle, r.districtId, today)] : [];
  });
  if (running.length === 0) return false;
  return (await assessorRolesOf(db, actorId, running)).size > 0;
}

export async function downloadFile(o: { db: Db; storage: Storage; actor: SessionActor; fileId: string; now: Date }) {
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
      actorAssessesOwner: !owned && (await assessesOwner(db, actor.personId, file.ownerId, o.now)),
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
