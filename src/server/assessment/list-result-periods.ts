import { desc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { districts, periods } from "../../db/schema.js";
import { dateInZone } from "../../domain/time/today.js";
import { authorize } from "../core/authorize.js";
import type { SessionActor } from "../core/session.js";

type Options = { db: Db; actor: SessionActor; districtId: string; now: Date };

/** The district's periods for the results page, newest first, with whether each runs today (the district's date). */
export async function listResultPeriods({ db, actor, districtId, now }: Options) {
  authorize(actor, { do: "results.read", districtId });
  const rows = await db
    .select({
      id: periods.id,
      name: periods.name,
      startsOn: periods.startsOn,
      endsOn: periods.endsOn,
      finalisedAt: periods.resultsFinalisedAt,
      timeZone: districts.timeZone,
    })
    .from(periods)
    .innerJoin(districts, eq(districts.id, periods.districtId))
    .where(eq(periods.districtId, districtId))
    .orderBy(desc(periods.startsOn), periods.id);
  return {
    periods: rows.map((r) => {
      const today = dateInZone(now, r.timeZone);
      return {
        id: r.id,
        name: r.name,
        startsOn: r.startsOn,
        endsOn: r.endsOn,
        running: r.startsOn <= today && today <= r.endsOn,
        finalised: r.finalisedAt !== null,
      };
    }),
  };
}
