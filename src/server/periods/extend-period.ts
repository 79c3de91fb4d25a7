import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { periods } from "../../db/schema.js";
import { windowProblems } from "../../domain/cycles/phase.js";
import { writeAudit } from "../core/audit.js";
import { authorize } from "../core/authorize.js";
import { AppError, notFound } from "../core/errors.js";
import type { SessionActor } from "../core/session.js";
import { assertOverlapAccepted } from "./overlap-check.js";

type Extension = {
  planningClosesOn?: string;
  executionClosesOn?: string;
  assessmentClosesOn?: string;
  reason?: string;
  /** The admin saw the warning that a window now runs into the next phase (`assertOverlapAccepted`). */
  acceptOverlap?: boolean;
};

/** Admins extend windows; a closing date only moves later, so nobody loses time they were promised. */
export async function extendPeriod(db: Db, actor: SessionActor, periodId: string, ext: Extension) {
  const [period] = await db.select().from(periods).where(eq(periods.id, periodId));
  if (!period) throw notFound();
  authorize(actor, { do: "district.manage", districtId: period.districtId });
  const { reason, acceptOverlap, ...dates } = ext;
  // The contract asks for at least one date; a caller that skips it gets a 400, not an empty UPDATE.
  if (Object.values(dates).every((d) => d === undefined)) throw new AppError("VALIDATION", "error.validation");
  for (const [key, value] of Object.entries(dates) as [keyof typeof dates, string | undefined][]) {
    if (value !== undefined && value < period[key]) {
      throw new AppError("VALIDATION", "period.noExtendBackwards", { current: period[key] });
    }
  }
  const next = { ...period, ...dates };
  const problems = windowProblems(next);
  if (problems.length > 0) throw new AppError("VALIDATION", "period.invalidWindows", { detail: problems.join("; ") });
  assertOverlapAccepted(period, next, acceptOverlap);
  await db.transaction(async (tx) => {
    await tx.update(periods).set(dates).where(eq(periods.id, periodId));
    await writeAudit(tx, {
      actorId: actor.personId,
      actingAs: "admin",
      entityType: "period",
      entityId: periodId,
      action: "period_extended",
      reason: reason ?? null,
      data: {
        before: {
          planningClosesOn: period.planningClosesOn,
          executionClosesOn: period.executionClosesOn,
          assessmentClosesOn: period.assessmentClosesOn,
        },
        after: dates,
      },
    });
  });
}
