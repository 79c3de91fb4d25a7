import { and, eq, gte, sql } from "drizzle-orm";
import type { Db, Queryable } from "../../db/client.js";
import { assignments, cycleAssessors, cycles, districts, files, periods } from "../../db/schema.js";
import { AppError, forbidden, notFound } from "../core/errors.js";
import type { SessionActor } from "../core/session.js";
import { type Storage, StorageMissingError } from "../core/storage.js";
import { canReadFile } from "./policy.js";

export type FileDownload = { fileName: string; mimeType: string; bytes: Buffer };

/**
 * Whether the actor assesses the owner in a period that has not ended: as the stored atasan of
 * the owner's cycle, or as a Tim Kinerja member named on it.
 */
async function assessesOwner(tx: Queryable, actorId: string, ownerId: string, now: Date): Promise<boolean> {
  // Each period ends at its own district's midnight.
  const today = sql`(${now.toISOString()}::timestamptz at time zone ${districts.timeZone})::date`;
  const [asSuperior] = await tx
    .select({ id: cycles.id })
    .from(cycles)
    .innerJoin(periods, eq(periods.id, cycles.periodId))
    .innerJoin(districts, eq(districts.id, periods.districtId))
    .where(and(eq(cycles.personId, ownerId), eq(cycles.superiorId, actorId), gte(periods.endsOn, today)))
    .limit(1);
  if (asSuperior) return true;
  const [asAssessor] = await tx
    .select({ id: cycles.id })
    .from(cycleAssessors)
    .innerJoin(cycles, eq(cycles.id, cycleAssessors.cycleId))
    .innerJoin(periods, eq(periods.id, cycles.periodId))
    .innerJoin(districts, eq(districts.id, periods.districtId))
    .where(and(eq(cycles.personId, ownerId), eq(cycleAssessors.personId, actorId), gte(periods.endsOn, today)))
    .limit(1);
  return asAssessor !== undefined;
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
  const audience = {
    ownerId: file.ownerId,
    actorAssessesOwner: !owned && (await assessesOwner(db, actor.personId, file.ownerId, o.now)),
    ownerDistrictIds: ownerDistricts.map((d) => d.id),
  };
  if (!canReadFile(actor, audience)) throw forbidden();
  try {
    const bytes = await storage.get(file.storageKey);
    return { fileName: file.fileName, mimeType: file.mimeType, bytes } satisfies FileDownload;
  } catch (err) {
    if (err instanceof StorageMissingError) throw new AppError("NOT_FOUND", "file.missing");
    throw err;
  }
}
