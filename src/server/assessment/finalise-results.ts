import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { periods } from "../../db/schema.js";
import { decideFinalise } from "../../domain/assessment/finalise.js";
import { isAdminOf } from "../../domain/auth/policy.js";
import { writeAudit } from "../core/audit.js";
import { AppError } from "../core/errors.js";
import type { Lang } from "../core/messages.js";
import type { SessionActor } from "../core/session.js";
import type { Results } from "./contract.js";
import { loadResultsPeriod, ratingGroups, resultsDto, resultTallies } from "./load.js";
import { violationDetails } from "./violation-text.js";

type Options = { db: Db; actor: SessionActor; periodId: string; reason?: string | undefined; lang: Lang; now: Date };

/**
 * The district admin or the Kepala Dinas finalises a period's results, which locks its penilaian
 * (`resultsLocked`). The caps are judged on the figures read inside the transaction, with the
 * period row locked; broken caps need a reason (a 409 listing each one otherwise), recorded with
 * what was broken. Finalising again is a success that changes nothing.
 */
export async function finaliseResults({ db, actor, periodId, reason, lang, now }: Options): Promise<Results> {
  return db.transaction(async (tx) => {
    const loaded = await loadResultsPeriod(tx, actor, periodId, "results.finalise", true);
    const { period } = loaded;
    const tallies = resultTallies(loaded, await ratingGroups(tx, periodId));
    const d = decideFinalise({
      finalised: period.resultsFinalisedAt !== null,
      organisationPredikat: period.organisationPredikat,
      violations: tallies.violations,
      reason,
    });
    if (!d.ok) {
      if (d.error === "NO_ORGANISATION_PREDIKAT") throw new AppError("INVALID_STATE", "results.noOrganisationPredikat");
      const details = violationDetails(d.violations, period.organisationPredikat, lang);
      throw new AppError(
        "INVALID_STATE",
        "results.reasonRequired",
        { count: d.violations.length, min: d.min },
        details,
      );
    }
    if (!d.changed) return resultsDto(actor, loaded, tallies);
    const values = {
      resultsFinalisedAt: now,
      resultsFinalisedBy: actor.personId,
      resultsFinaliseReason: d.reason,
      resultsFinaliseViolations: d.violations,
    };
    await tx.update(periods).set(values).where(eq(periods.id, periodId));
    await writeAudit(tx, {
      actorId: actor.personId,
      actingAs: isAdminOf(actor, period.districtId) ? "admin" : "kepala_dinas",
      entityType: "period",
      entityId: periodId,
      action: "results_finalised",
      toState: "finalised",
      reason: d.reason,
      data: { organisationPredikat: period.organisationPredikat, district: tallies.district, violations: d.violations },
    });
    loaded.period = { ...period, ...values };
    loaded.finalisedByName = actor.name;
    return resultsDto(actor, loaded, tallies);
  });
}
