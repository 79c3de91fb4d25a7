import { describe, expect, it } from "vitest";
import { resultPredikat, tallyResults, violationsOf } from "../../../src/domain/assessment/results.js";

describe("resultPredikat", () => {
  it("both ratings: the regulation's matrix", () => {
    expect(resultPredikat("di_atas", "di_atas")).toEqual({ predikat: "sangat_baik", perilakuOnly: false });
    expect(resultPredikat("di_bawah", "di_bawah")).toEqual({ predikat: "sangat_kurang", perilakuOnly: false });
  });
  it("no Hasil Kerja: rated on perilaku only (predikatInScope)", () => {
    expect(resultPredikat(null, "di_atas")).toEqual({ predikat: "baik", perilakuOnly: true });
    expect(resultPredikat(null, "di_bawah")).toEqual({ predikat: "kurang", perilakuOnly: true });
  });
  it("no Perilaku: no result", () => {
    expect(resultPredikat("di_atas", null)).toBeNull();
    expect(resultPredikat(null, null)).toBeNull();
  });
});

describe("tallyResults", () => {
  const rows = [
    { key: "A", hasilKerja: "di_atas", perilaku: "di_atas", n: 3 },
    { key: "A", hasilKerja: "sesuai", perilaku: "sesuai", n: 1 },
    { key: "A", hasilKerja: null, perilaku: null, n: 2 },
    { key: "B", hasilKerja: null, perilaku: "sesuai", n: 1 },
    { key: null, hasilKerja: "di_bawah", perilaku: "sesuai", n: 1 },
  ] as const;

  it("counts per group and for everyone, with the perilaku-only and the not yet rated", () => {
    const { groups, total } = tallyResults(rows);
    expect([...groups.keys()]).toEqual(["A", "B", null]);
    expect(groups.get("A")).toEqual({
      counts: { sangat_baik: 3, baik: 1, butuh_perbaikan: 0, kurang: 0, sangat_kurang: 0 },
      rated: 4,
      perilakuOnly: 0,
      withoutResult: 2,
    });
    expect(groups.get("B")).toMatchObject({ rated: 1, perilakuOnly: 1, counts: { baik: 1 } });
    expect(total).toEqual({
      counts: { sangat_baik: 3, baik: 2, butuh_perbaikan: 1, kurang: 0, sangat_kurang: 0 },
      rated: 6,
      perilakuOnly: 1,
      withoutResult: 2,
    });
  });

  it("the caps apply once an organisation predikat is set", () => {
    const { groups, total } = tallyResults(rows);
    expect(violationsOf(null, total)).toEqual([]);
    // A: 3 of 4 Sangat Baik = 75% > 70%.
    expect(violationsOf("istimewa", groups.get("A") ?? total)).toMatchObject([
      { code: "distribution.maxShare", predikats: ["sangat_baik"], limit: 70, actual: 75, count: 3, total: 4 },
    ]);
    // Everyone: 3 of 6 = 50%, within the cap.
    expect(violationsOf("istimewa", total)).toEqual([]);
  });
});
