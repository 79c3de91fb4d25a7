import { type OrganisationPredikat, PREDIKATS, type Predikat } from "./scale.js";

export type PredikatCounts = Record<Predikat, number>;

/** How many pegawai hold each predikat, and the share of the group (0–1; all 0 for an empty group). */
export type Distribution = { total: number; counts: PredikatCounts; shares: Record<Predikat, number> };

export function distributionOf(predikats: readonly Predikat[]): Distribution {
  const counts = Object.fromEntries(PREDIKATS.map((p) => [p, 0])) as PredikatCounts;
  for (const p of predikats) counts[p] += 1;
  const total = predikats.length;
  const shares = Object.fromEntries(PREDIKATS.map((p) => [p, total === 0 ? 0 : counts[p] / total]));
  return { total, counts, shares: shares as Record<Predikat, number> };
}

/**
 * One cap: the predikats summed, and either a share bound in percent (`maxShare`, `minShare`)
 * or a head count (`minCount`).
 */
export type Cap = { code: DistributionViolationCode; predikats: readonly Predikat[]; limit: number };

export type DistributionViolationCode = "distribution.maxShare" | "distribution.minShare" | "distribution.minCount";

/**
 * A broken cap, for the UI to explain: `limit` and `actual` are percents for the share codes and
 * head counts for `minCount`; `count` of `total` is always the raw figure behind `actual`.
 */
export type DistributionViolation = {
  code: DistributionViolationCode;
  predikats: readonly Predikat[];
  limit: number;
  actual: number;
  count: number;
  total: number;
};

const max = (predikats: readonly Predikat[], limit: number): Cap => ({
  code: "distribution.maxShare",
  predikats,
  limit,
});
const min = (predikats: readonly Predikat[], limit: number): Cap => ({
  code: "distribution.minShare",
  predikats,
  limit,
});

/** SE MenPANRB, as in DOMAIN.md §5. "No Sangat Baik" is a maximum share of 0%. */
const CAPS: Record<OrganisationPredikat, readonly Cap[]> = {
  istimewa: [max(["sangat_baik"], 70)],
  baik: [
    max(["baik"], 70),
    // "At least some Butuh Perbaikan/Kurang": the source gives no figure, so we read it as at
    // least one pegawai below Baik; Sangat Kurang counts too, being worse than Kurang.
    { code: "distribution.minCount", predikats: ["butuh_perbaikan", "kurang", "sangat_kurang"], limit: 1 },
  ],
  butuh_perbaikan: [min(["butuh_perbaikan"], 60), max(["sangat_baik"], 10)],
  kurang: [min(["kurang"], 60), min(["butuh_perbaikan"], 10), max(["sangat_baik"], 10)],
  sangat_kurang: [min(["sangat_kurang"], 60), min(["kurang", "butuh_perbaikan"], 10), max(["sangat_baik"], 0)],
};

/** The caps an organisation predikat sets, for a page to show them before anything breaks them. */
export function capsOf(orgPredikat: OrganisationPredikat): readonly Cap[] {
  return CAPS[orgPredikat];
}

/** The caps the group breaks under the organisation predikat; empty when it complies or is empty. */
export function checkDistribution(orgPredikat: OrganisationPredikat, counts: PredikatCounts): DistributionViolation[] {
  const total = PREDIKATS.reduce((sum, p) => sum + counts[p], 0);
  if (total === 0) return []; // nobody rated yet: there is no distribution to cap
  return CAPS[orgPredikat].flatMap((cap) => {
    const count = cap.predikats.reduce((sum, p) => sum + counts[p], 0);
    if (!isBroken(cap, count, total)) return [];
    const actual = cap.code === "distribution.minCount" ? count : (count * 100) / total;
    return [{ code: cap.code, predikats: cap.predikats, limit: cap.limit, actual, count, total }];
  });
}

// Compared as count × 100 against limit × total, in integers, so 70% exactly is on the line.
function isBroken(cap: Cap, count: number, total: number): boolean {
  switch (cap.code) {
    case "distribution.maxShare":
      return count * 100 > cap.limit * total;
    case "distribution.minShare":
      return count * 100 < cap.limit * total;
    case "distribution.minCount":
      return count < cap.limit;
  }
}
