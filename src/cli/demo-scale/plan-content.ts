import type { CycleTrack } from "../../domain/org/assessors.js";
import { emptyPlanContent, type PlanContent } from "../../domain/planning/content.js";
import { planProblems } from "../../domain/planning/rules.js";
import type { RuleSetContent } from "../../domain/rulesets/types.js";

/** Tracks whose generated plans move past draft (a pengawas plan must name 3 supervised schools: kept draft). */
export const ADVANCING_TRACKS: readonly CycleTrack[] = ["guru", "kepala_sekolah"];

/** A plan an owner could submit under `ruleSet` (32 RHK points, an indicator, duties answered); checked, not assumed. */
export function completePlan(track: CycleTrack, ruleSet: RuleSetContent): PlanContent {
  const indicators = track === "kepala_sekolah" ? ruleSet.leadershipIndicators : ruleSet.practiceIndicators;
  const content: PlanContent = {
    ...emptyPlanContent(),
    lastStep: "rangkuman",
    profileConfirmed: true,
    indicatorCode: indicators[0]?.code ?? null,
    rhk: [
      { code: "penggerak-komunitas-belajar", quantity: 1 },
      { code: "peserta-webinar", quantity: 1 },
    ],
    noDuties: true,
    duties: [],
    behaviourNotes: { kolaboratif: "Aktif di KKG" },
  };
  const problems = planProblems(content, { track, ruleSet, correctionReported: false, supervisedSchoolIds: [] });
  if (problems.length > 0) throw new Error(`generated ${track} plan fails the rules: ${problems.map((p) => p.code)}`);
  return content;
}

/** A draft someone started: profile confirmed, nothing else yet. */
export function startedPlan(): PlanContent {
  return { ...emptyPlanContent(), lastStep: "praktik", profileConfirmed: true };
}
