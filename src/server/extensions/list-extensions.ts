import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { periods, windowExtensions } from "../../db/schema.js";
import { authorize } from "../core/authorize.js";
import { notFound } from "../core/errors.js";
import type { SessionActor } from "../core/session.js";
import type { ExtensionDto } from "./contract.js";
import { extensionDtos } from "./present.js";

export async function listExtensions(db: Db, actor: SessionActor, periodId: string): Promise<ExtensionDto[]> {
  const [period] = await db.select({ districtId: periods.districtId }).from(periods).where(eq(periods.id, periodId));
  if (!period) throw notFound();
  authorize(actor, { do: "district.manage", districtId: period.districtId });
  return extensionDtos(db, eq(windowExtensions.periodId, periodId));
}
