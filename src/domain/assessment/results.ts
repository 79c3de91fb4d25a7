import { checkDistribution, type DistributionViolation, type PredikatCounts } from "./distribution.js";
import { type Expectation, type OrganisationPredikat, PREDIKATS, type Predikat } from "./scale.js";
import { predikatInScope } from "./scope.js";

/**
 * A rated penilaian's predikat. A rating without Hasil Kerja is a late appointee's, rated on
 * perilaku only (`predikatInScope`, "perilaku_only"); without Perilaku there is no result yet.
 */
export function resultPredikat(
  hasilKerja: Expectation | null,
  perilaku: Expectation | null,
): { predikat: Predikat; perilakuOnly: boolean } | null {
  if (perilaku === null) return null;
  const scope = hasilKerja === null ? "perilaku_only" : "full";
  const predikat = predikatInScope({ scope, hasilKerja, perilaku });
  return predikat === null ? null : { predikat, perilakuOnly: scope === "perilaku_only" };
}

/**
 * One group's results (a school, the district): how many hold each predikat, how many of those
 * were rated on perilaku only, and how many pegawai of the period have no result yet.
 */
export type ResultTally = { counts: PredikatCounts; rated: number; perilakuOnly: number; withoutResult: number };

/** A row of the aggregate: a group, a pair of ratings (null, null = no result yet) and how many share them. */
export type RatingGroup<K> = { key: K; hasilKerja: Expectation | null; perilaku: Expectation | null; n: number };

export function emptyTally(): ResultTally {
  const counts = Object.fromEntries(PREDIKATS.map((p) => [p, 0])) as PredikatCounts;
  return { counts, rated: 0, perilakuOnly: 0, withoutResult: 0 };
}

function add(t: ResultTally, hasilKerja: Expectation | null, perilaku: Expectation | null, n: number): void {
  const result = resultPredikat(hasilKerja, perilaku);
  if (result === null) {
    t.withoutResult += n;
    return;
  }
  t.counts[result.predikat] += n;
  t.rated += n;
  if (result.perilakuOnly) t.perilakuOnly += n;
}

/** Tallies the aggregate per group and for everyone; groups keep the rows' first-seen order. */
export function tallyResults<K>(rows: readonly RatingGroup<K>[]): { groups: Map<K, ResultTally>; total: ResultTally } {
  const groups = new Map<K, ResultTally>();
  const total = emptyTally();
  for (const r of rows) {
    let t = groups.get(r.key);
    if (!t) {
      t = emptyTally();
      groups.set(r.key, t);
    }
    add(t, r.hasilKerja, r.perilaku, r.n);
    add(total, r.hasilKerja, r.perilaku, r.n);
  }
  return { groups, total };
}

/** The caps a group breaks; none while the organisation predikat is not set. */
export function violationsOf(org: OrganisationPredikat | null, tally: ResultTally): DistributionViolation[] {
  return org === null ? [] : checkDistribution(org, tally.counts);
}
