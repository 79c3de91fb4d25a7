import type { CycleTrack } from "../org/assessors.js";
import type { RuleSetContent } from "../rulesets/types.js";

/** Plans handed in with an indicator, counted per track and code in SQL. */
export type IndicatorGroup = { track: CycleTrack; code: string; agreed: number; submitted: number };

/** One indicator of the period's rule set with how many plans chose it: agreed, or submitted/approved. */
export type IndicatorCount = { code: string; name: string; agreed: number; submitted: number };

/**
 * The indicators chosen across a district, named as the period's rule set names them: a guru's
 * practice indicators and a KS's leadership indicators (a pengawas's plan names schools, not an
 * indicator). Every indicator of the catalogue is listed in its order, unchosen ones with zeros;
 * a code the catalogue does not know (a rule set edited after plans were written) comes last,
 * named by its code, so no plan goes uncounted.
 */
export function indicatorCounts(
  ruleSet: Pick<RuleSetContent, "practiceIndicators" | "leadershipIndicators">,
  groups: readonly IndicatorGroup[],
): { practice: IndicatorCount[]; leadership: IndicatorCount[] } {
  const listFor = (track: CycleTrack, catalogue: readonly { code: string; name: string }[]) => {
    const counts = new Map(catalogue.map((i) => [i.code, { code: i.code, name: i.name, agreed: 0, submitted: 0 }]));
    for (const g of groups.filter((x) => x.track === track)) {
      const c = counts.get(g.code) ?? { code: g.code, name: g.code, agreed: 0, submitted: 0 };
      c.agreed += g.agreed;
      c.submitted += g.submitted;
      counts.set(g.code, c);
    }
    return [...counts.values()];
  };
  return {
    practice: listFor("guru", ruleSet.practiceIndicators),
    leadership: listFor("kepala_sekolah", ruleSet.leadershipIndicators),
  };
}
