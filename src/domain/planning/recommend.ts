/**
 * The practice indicator recommended from the school's Rapor Pendidikan (DOMAIN.md §3): the one
 * tied to the weakest result. Scores (0–100) beat categories; ties go to catalogue order.
 */
export const RAPOR_CATEGORIES = ["kurang", "sedang", "baik"] as const;
export type RaporCategory = (typeof RAPOR_CATEGORIES)[number];

export type RaporResult = { indicatorCode: string; score: number | null; category: RaporCategory | string | null };

export type Recommendation = { indicatorCode: string; basis: "score" | "category" } | null;

export function recommendIndicator(results: readonly RaporResult[], catalogueOrder: readonly string[]): Recommendation {
  const known = results.filter((r) => catalogueOrder.includes(r.indicatorCode));
  const order = (code: string) => catalogueOrder.indexOf(code);
  const scored = known.filter((r) => r.score !== null);
  if (scored.length > 0) {
    const weakest = [...scored].sort(
      (a, b) => (a.score as number) - (b.score as number) || order(a.indicatorCode) - order(b.indicatorCode),
    )[0];
    return weakest ? { indicatorCode: weakest.indicatorCode, basis: "score" } : null;
  }
  const rank = (c: string | null) => RAPOR_CATEGORIES.indexOf((c ?? "") as RaporCategory);
  const categorised = known.filter((r) => rank(r.category) >= 0);
  const weakest = [...categorised].sort(
    (a, b) => rank(a.category) - rank(b.category) || order(a.indicatorCode) - order(b.indicatorCode),
  )[0];
  return weakest ? { indicatorCode: weakest.indicatorCode, basis: "category" } : null;
}
