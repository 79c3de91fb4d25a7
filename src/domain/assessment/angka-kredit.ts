import { addDays } from "../cycles/phase.js";
import type { IsoDate } from "../org/types.js";
import type { PositionLevel, Predikat } from "./scale.js";

/** Yearly coefficient by jenjang, in tenths so the arithmetic stays in integers (PermenPANRB 1/2023). */
const COEFFICIENT_TENTHS: Record<PositionLevel, number> = {
  ahli_pertama: 125,
  ahli_muda: 250,
  ahli_madya: 375,
  ahli_utama: 500,
};

/** The share of the coefficient each predikat earns, in percent. */
const PREDIKAT_PERCENT: Record<Predikat, number> = {
  sangat_baik: 150,
  baik: 100,
  butuh_perbaikan: 75,
  kurang: 50,
  sangat_kurang: 25,
};

export type AngkaKreditInput = { positionLevel: PositionLevel; predikat: Predikat; months: number };

/**
 * Angka kredit earned in one period: coefficient × predikat share × months/12, to 3 decimals.
 * The coefficient is per year, so a period counts at most 12 months; a semester passes 6.
 */
export function angkaKredit({ positionLevel, predikat, months }: AngkaKreditInput): number {
  if (!Number.isInteger(months) || months < 0 || months > 12) {
    throw new RangeError(`months must be a whole number from 0 to 12, got ${months}`);
  }
  // coefficient = tenths/10, share = percent/100, so the value is numerator / 12000 exactly;
  // rounding numerator / 12 to an integer gives thousandths without floating-point drift.
  const numerator = COEFFICIENT_TENTHS[positionLevel] * PREDIKAT_PERCENT[predikat] * months;
  return Math.round(numerator / 12) / 1000;
}

// A pengawas's jenjang reads "Pengawas Sekolah Ahli Madya": the same four levels (PermenPANRB 1/2023).
const NOISE_WORDS = new Set(["guru", "ahli", "jabatan", "fungsional", "pengawas", "sekolah"]);

const LEVEL_WORDS: Record<string, PositionLevel> = {
  pertama: "ahli_pertama",
  muda: "ahli_muda",
  madya: "ahli_madya",
  utama: "ahli_utama",
};

/**
 * Reads the free-text jenjang jabatan on a person: "Ahli Pertama", "Guru Ahli Muda",
 * "ahli_madya", "Jabatan Fungsional Guru Ahli Utama", and the older names "Guru Pertama" …
 * "Guru Utama" (PermenPANRB 16/2009, the same four levels).
 * "Guru" or "Ahli" must be present, so a pangkat typed in the wrong field ("Penata Muda",
 * "Pembina Utama") or a lone word is not mistaken for a jenjang. Unknown → null.
 */
export function parsePositionLevel(text: string): PositionLevel | null {
  const words = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ") // "(III/a)" and similar notes
    .split(/[^a-z]+/)
    .filter((w) => w !== "");
  if (!words.includes("guru") && !words.includes("ahli")) return null;
  // "Pengawas Sekolah" without "Ahli" is a position, not a jenjang.
  if (words.includes("pengawas") && !words.includes("ahli")) return null;
  const rest = words.filter((w) => !NOISE_WORDS.has(w));
  if (rest.length !== 1) return null;
  return LEVEL_WORDS[rest[0] ?? ""] ?? null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: IsoDate): [number, number, number] {
  const m = ISO_DATE.exec(date);
  // Round-trip through Date to refuse "2024-02-30" and the like.
  if (!m || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`not an ISO date: ${date}`);
  }
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/**
 * Whole months from `startsOn` to `endsOn` inclusive: a month-aligned period gives its exact
 * count (Jan 1–Jun 30 → 6, Jan 1–Dec 31 → 12); a partial month is not counted, so the pro rata
 * never credits time the period did not cover.
 */
export function periodMonths(startsOn: IsoDate, endsOn: IsoDate): number {
  const [y1, m1, d1] = parts(startsOn);
  parts(endsOn);
  if (endsOn < startsOn) throw new RangeError(`period ends (${endsOn}) before it starts (${startsOn})`);
  const [y2, m2, d2] = parts(addDays(endsOn, 1));
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}
