import type { Db } from "../../db/client.js";
import type { SessionActor } from "../core/session.js";
import type { Results } from "./contract.js";
import { loadResultsPeriod, ratingGroups, resultsDto, resultTallies } from "./load.js";

/**
 * A period's results for the district admin or the Kepala Dinas: two statements whatever the size
 * of the district (the period, then the ratings grouped by school in SQL). Reads only.
 */
export async function getResults({
  db,
  actor,
  periodId,
}: {
  db: Db;
  actor: SessionActor;
  periodId: string;
}): Promise<Results> {
  const loaded = await loadResultsPeriod(db, actor, periodId, "results.read");
  return resultsDto(actor, loaded, resultTallies(loaded, await ratingGroups(db, periodId)));
}
