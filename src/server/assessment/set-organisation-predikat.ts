import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { periods } from "../../db/schema.js";
import { decideOrganisationPredikat } from "../../domain/assessment/finalise.js";
import type { OrganisationPredikat } from "../../domain/assessment/scale.js";
import { writeAudit } from "../core/audit.js";
import { AppError } from "../core/errors.js";
import type { SessionActor } from "../core/session.js";
import type { Results } from "./contract.js";
import { loadResultsPeriod, ratingGroups, resultsDto, resultTallies } from "./load.js";

type Options = { db: Db; actor: SessionActor; periodId: string; organisationPredikat: OrganisationPredikat };

/**
 * The district admin sets the organisation predikat, which caps the distribution; until the
 * results are finalised (`decideOrganisationPredikat`). The period row is locked meanwhile, so a
 * finalise in progress is not judged against caps that change under it. The same value again
 * writes nothing.
 */
export async function setOrganisationPredikat({
  db,
  actor,
  periodId,
  organisationPredikat,
}: Options): Promise<Results> {
  return db.transaction(async (tx) => {
    const loaded = await loadResultsPeriod(tx, actor, periodId, "results.setOrganisationPredikat", true);
    const { period } = loaded;
    const d = decideOrganisationPredikat({
      finalised: period.resultsFinalisedAt !== null,
      current: period.organisationPredikat,
      next: organisationPredikat,
    });
    if (!d.ok) throw new AppError("INVALID_STATE", "results.finalised");
    if (d.changed) {
      await tx.update(periods).set({ organisationPredikat }).where(eq(periods.id, periodId));
      await writeAudit(tx, {
        actorId: actor.personId,
        actingAs: "admin",
        entityType: "period",
        entityId: periodId,
        action: "organisation_predikat_set",
        fromState: period.organisationPredikat,
        toState: organisationPredikat,
      });
      loaded.period = { ...period, organisationPredikat };
    }
    return resultsDto(actor, loaded, resultTallies(loaded, await ratingGroups(tx, periodId)));
  });
}
