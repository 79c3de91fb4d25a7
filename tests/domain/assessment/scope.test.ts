import { describe, expect, it } from "vitest";
import { predikatOf } from "../../../src/domain/assessment/predikat.js";
import { assessmentScope, predikatInScope } from "../../../src/domain/assessment/scope.js";

const practiceOpensOn = "2025-02-01";

describe("assessmentScope", () => {
  it("no appointment date, or appointed by the day the practice window opened: full", () => {
    expect(assessmentScope({ practiceOpensOn, practiceDone: false })).toBe("full");
    expect(assessmentScope({ appointedOn: null, practiceOpensOn, practiceDone: false })).toBe("full");
    expect(assessmentScope({ appointedOn: "2024-03-01", practiceOpensOn, practiceDone: false })).toBe("full");
    expect(assessmentScope({ appointedOn: "2025-02-01", practiceOpensOn, practiceDone: false })).toBe("full");
  });

  it("appointed after the window opened, without the practice: perilaku only", () => {
    expect(assessmentScope({ appointedOn: "2025-02-02", practiceOpensOn, practiceDone: false })).toBe("perilaku_only");
    expect(assessmentScope({ appointedOn: "2025-10-01", practiceOpensOn, practiceDone: false })).toBe("perilaku_only");
  });

  it("a late appointee who completed the practice is rated in full", () => {
    expect(assessmentScope({ appointedOn: "2025-02-02", practiceOpensOn, practiceDone: true })).toBe("full");
  });
});

describe("predikatInScope", () => {
  it("perilaku only: Hasil Kerja counts as sesuai, whatever was passed", () => {
    expect(predikatInScope({ scope: "perilaku_only", hasilKerja: null, perilaku: "di_bawah" })).toBe("kurang");
    expect(predikatInScope({ scope: "perilaku_only", hasilKerja: null, perilaku: "sesuai" })).toBe("baik");
    expect(predikatInScope({ scope: "perilaku_only", hasilKerja: null, perilaku: "di_atas" })).toBe("baik");
    expect(predikatInScope({ scope: "perilaku_only", hasilKerja: "di_atas", perilaku: "di_atas" })).toBe("baik");
    expect(predikatInScope({ scope: "perilaku_only", hasilKerja: "di_bawah", perilaku: "sesuai" })).toBe("baik");
  });

  it("full: the matrix, or null while Hasil Kerja is not rated", () => {
    expect(predikatInScope({ scope: "full", hasilKerja: "di_atas", perilaku: "di_atas" })).toBe("sangat_baik");
    expect(predikatInScope({ scope: "full", hasilKerja: "di_bawah", perilaku: "sesuai" })).toBe(
      predikatOf("di_bawah", "sesuai"),
    );
    expect(predikatInScope({ scope: "full", hasilKerja: null, perilaku: "sesuai" })).toBeNull();
  });
});
