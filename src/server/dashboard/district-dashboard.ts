import type { Db } from "../../db/client.js";
import { dashboardDistricts } from "../../domain/auth/policy.js";
import { indicatorCounts } from "../../domain/dashboard/indicators.js";
import { countsOf } from "../../domain/dashboard/progress.js";
import { authorize } from "../core/authorize.js";
import { containsPattern, decodeCursor, encodeCursor } from "../core/cursor.js";
import { AppError, forbidden, notFound } from "../core/errors.js";
import type { SessionActor } from "../core/session.js";
import { ruleSetById } from "../planning/load.js";
import type { DistrictDashboard } from "./contract.js";
import { districtCountsStatement, districtHeaderStatement } from "./district-statements.js";

export type DistrictDashboardInput = {
  db: Db;
  actor: SessionActor;
  now: Date;
  periodId?: string | undefined;
  q?: string | undefined;
  cursor?: string | undefined;
  limit: number;
};

const EMPTY_INDICATORS = { practice: [], leadership: [] };

/**
 * The district dashboard of the admin and the Kepala Dinas: which district and period (one
 * statement), the policy on that district, then every count in one more statement; the rule set
 * that names the indicators is read once per process (`ruleSetById`). Three round trips at most,
 * whatever the district's size.
 */
export async function districtDashboard({
  db,
  actor,
  now,
  periodId,
  q,
  cursor,
  limit,
}: DistrictDashboardInput): Promise<DistrictDashboard> {
  const after = decodeCursor(cursor, 3) as [number, string, string] | null;
  if (after && (typeof after[0] !== "number" || typeof after[1] !== "string" || typeof after[2] !== "string")) {
    throw new AppError("VALIDATION", "error.badCursor");
  }
  // Only an admin or Kepala Dinas has any district dashboard: everyone else is refused before a read.
  const own = dashboardDistricts(actor)[0];
  if (!own) throw forbidden();
  const [head] = await districtHeaderStatement(db).execute({
    period: periodId ?? null,
    district: own,
    now: now.toISOString(),
  });
  const header = head?.answer;
  if (!header?.district) throw notFound();
  authorize(actor, { do: "dashboard.district", districtId: header.district.id });
  const { district, periods, period } = header;
  if (!period) {
    return {
      district,
      periods,
      period: null,
      totals: countsOf([]),
      schools: { items: [], matching: 0, nextCursor: null },
      indicators: EMPTY_INDICATORS,
    };
  }
  const [result] = await districtCountsStatement(db).execute({
    period: period.id,
    pattern: containsPattern(q),
    afterTotal: after?.[0] ?? null,
    afterName: after?.[1] ?? null,
    afterId: after?.[2] ?? null,
    limit: limit + 1,
  });
  const counts = result?.answer ?? { totals: [], schools: [], matching: 0, indicators: [] };
  const ruleSet = await ruleSetById(db, period.ruleSetId);
  const shown = counts.schools.slice(0, limit);
  const last = shown.at(-1);
  return {
    district,
    periods,
    period: { id: period.id, name: period.name, startsOn: period.startsOn, endsOn: period.endsOn },
    totals: countsOf(counts.totals),
    schools: {
      items: shown.map((s) => ({ schoolId: s.schoolId, name: s.name, npsn: s.npsn, ...countsOf(s.groups) })),
      matching: counts.matching,
      nextCursor: counts.schools.length > limit && last ? encodeCursor([last.total, last.name, last.schoolId]) : null,
    },
    indicators: indicatorCounts(ruleSet.content, counts.indicators),
  };
}
