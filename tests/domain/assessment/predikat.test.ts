import { describe, expect, it } from "vitest";
import { predikatOf } from "../../../src/domain/assessment/predikat.js";

// PermenPANRB 6/2022, copied cell by cell from DOMAIN.md §5: [hasil kerja, perilaku, predikat].
const TABLE = [
  ["di_atas", "di_bawah", "kurang"],
  ["di_atas", "sesuai", "baik"],
  ["di_atas", "di_atas", "sangat_baik"],
  ["sesuai", "di_bawah", "kurang"],
  ["sesuai", "sesuai", "baik"],
  ["sesuai", "di_atas", "baik"],
  ["di_bawah", "di_bawah", "sangat_kurang"],
  ["di_bawah", "sesuai", "butuh_perbaikan"],
  ["di_bawah", "di_atas", "butuh_perbaikan"],
] as const;

describe("predikatOf", () => {
  it.each(TABLE)("hasil kerja %s, perilaku %s → %s", (hasilKerja, perilaku, predikat) => {
    expect(predikatOf(hasilKerja, perilaku)).toBe(predikat);
  });

  it("covers all nine cells", () => {
    expect(new Set(TABLE.map(([h, p]) => `${h}/${p}`)).size).toBe(9);
  });
});
