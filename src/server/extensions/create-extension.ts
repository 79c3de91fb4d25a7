import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { cycles, people, periods, schools, windowExtensions } from "../../db/schema.js";
import { writeAudit } from "../core/audit.js";
import { authorize } from "../core/authorize.js";
import { AppError, notFound } from "../core/errors.js";
import type { SessionActor } from "../core/session.js";
import { assertOverlapAccepted } from "../periods/overlap-check.js";
import type { ExtensionDto, ExtensionInput } from "./contract.js";
import { extensionDtos } from "./present.js";

type Options = { db: Db; actor: SessionActor; periodId: string; input: ExtensionInput };

/**
 * A later planning close for one school or one person, e.g. a school whose staff data arrived
 * late. The period's own close (and so everyone else's) is unchanged.
 */
export async function createExtension({ db, actor, periodId, input }: Options): Promise<ExtensionDto> {
  const [period] = await db.select().from(periods).where(eq(periods.id, periodId));
  if (!period) throw notFound();
  authorize(actor, { do: "district.manage", districtId: period.districtId });
  if (input.closesOn <= period.planningClosesOn) {
    throw new AppError("VALIDATION", "extension.notLater", { current: period.planningClosesOn });
  }
  if (input.closesOn > period.endsOn)
    throw new AppError("VALIDATION", "extension.afterPeriodEnd", { endsOn: period.endsOn });
  // For the people it covers, the planning window then runs into pelaksanaan: confirmed, never by accident.
  assertOverlapAccepted(period, { ...period, planningClosesOn: input.closesOn }, input.acceptOverlap);

  return db.transaction(async (tx) => {
    if (input.scope === "school") {
      const [school] = await tx.select().from(schools).where(eq(schools.id, input.schoolId));
      if (!school) throw notFound();
      if (school.districtId !== period.districtId) throw new AppError("VALIDATION", "assignment.schoolOtherDistrict");
    } else {
      const [person] = await tx.select().from(people).where(eq(people.id, input.personId));
      if (!person) throw notFound();
      const [cycle] = await tx
        .select({ id: cycles.id })
        .from(cycles)
        .where(and(eq(cycles.periodId, periodId), eq(cycles.personId, input.personId)));
      if (!cycle) throw new AppError("VALIDATION", "extension.noCycle", { name: person.name });
    }
    const [row] = await tx
      .insert(windowExtensions)
      .values({
        periodId,
        phase: input.phase,
        scope: input.scope,
        schoolId: input.scope === "school" ? input.schoolId : null,
        personId: input.scope === "person" ? input.personId : null,
        closesOn: input.closesOn,
        reason: input.reason,
        createdBy: actor.personId,
      })
      .returning();
    if (!row) throw new Error("extension insert returned nothing");
    await writeAudit(tx, {
      actorId: actor.personId,
      actingAs: "admin",
      entityType: "period",
      entityId: periodId,
      action: "window_extended",
      reason: input.reason,
      data: {
        extensionId: row.id,
        phase: row.phase,
        scope: row.scope,
        schoolId: row.schoolId,
        personId: row.personId,
        closesOn: row.closesOn,
        periodClosesOn: period.planningClosesOn,
      },
    });
    const [dto] = await extensionDtos(tx, eq(windowExtensions.id, row.id));
    if (!dto) throw new Error("extension not found after insert");
    return dto;
  });
}
