import type { Expectation, Predikat } from "./scale.js";

/**
 * PermenPANRB 6/2022 (DOMAIN.md §5): rows are the Rating Hasil Kerja, columns the Rating
 * Perilaku Kerja. The regulation's "Kurang/Misconduct" is our `kurang`.
 */
const MATRIX: Record<Expectation, Record<Expectation, Predikat>> = {
  di_atas: { di_bawah: "kurang", sesuai: "baik", di_atas: "sangat_baik" },
  sesuai: { di_bawah: "kurang", sesuai: "baik", di_atas: "baik" },
  di_bawah: { di_bawah: "sangat_kurang", sesuai: "butuh_perbaikan", di_atas: "butuh_perbaikan" },
};

export function predikatOf(hasilKerja: Expectation, perilaku: Expectation): Predikat {
  return MATRIX[hasilKerja][perilaku];
}
