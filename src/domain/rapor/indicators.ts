import { RULE_SET_TEMPLATES } from "../rulesets/catalogue/templates.js";

export type IndicatorRef = { code: string; name: string };

/**
 * The practice indicators Rapor Pendidikan results are matched against: those of the newest
 * rule-set template (template codes start with their year, so the greatest code is the newest).
 */
export function raporIndicators(): IndicatorRef[] {
  const newest = [...RULE_SET_TEMPLATES].sort((a, b) => b.code.localeCompare(a.code) || b.version - a.version)[0];
  return (newest?.content.practiceIndicators ?? []).map((i) => ({ code: i.code, name: i.name }));
}

/** "Umpan balik konstruktif", "umpan-balik-konstruktif" and "UMPAN_BALIK  konstruktif" are the same indicator. */
function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\s_-]+/g, " ")
    .trim();
}

export function matchIndicator(raw: string, indicators: readonly IndicatorRef[]): IndicatorRef | null {
  const wanted = normalise(raw);
  if (wanted === "") return null;
  return indicators.find((i) => normalise(i.code) === wanted || normalise(i.name) === wanted) ?? null;
}
