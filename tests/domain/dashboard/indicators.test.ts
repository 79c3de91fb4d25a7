import { describe, expect, it } from "vitest";
import { indicatorCounts } from "../../../src/domain/dashboard/indicators.js";
import { findTemplate } from "../../../src/domain/rulesets/catalogue/templates.js";

const ruleSet = findTemplate("2025-annual")?.content;
if (!ruleSet) throw new Error("2025-annual template");

describe("indicators chosen across a district", () => {
  it("names every indicator of the rule set in catalogue order, per track, with zeros for the unchosen", () => {
    const r = indicatorCounts(ruleSet, [
      { track: "guru", code: "umpan-balik-konstruktif", agreed: 3, submitted: 2 },
      { track: "kepala_sekolah", code: ruleSet.leadershipIndicators[0]?.code as string, agreed: 1, submitted: 0 },
      // A pengawas's plan names schools; a stray code is not an indicator of theirs.
      { track: "pengawas", code: "umpan-balik-konstruktif", agreed: 9, submitted: 9 },
    ]);
    expect(r.practice.map((i) => i.code)).toEqual(ruleSet.practiceIndicators.map((i) => i.code));
    expect(r.practice.find((i) => i.code === "umpan-balik-konstruktif")).toEqual({
      code: "umpan-balik-konstruktif",
      name: "Umpan balik konstruktif",
      agreed: 3,
      submitted: 2,
    });
    expect(r.practice.reduce((s, i) => s + i.agreed + i.submitted, 0)).toBe(5);
    expect(r.leadership[0]).toMatchObject({ name: ruleSet.leadershipIndicators[0]?.name, agreed: 1 });
    expect(r.leadership).toHaveLength(8);
  });

  it("keeps a code the catalogue does not know, named by its code, last", () => {
    const r = indicatorCounts(ruleSet, [{ track: "guru", code: "indikator-lama", agreed: 1, submitted: 0 }]);
    expect(r.practice.at(-1)).toEqual({ code: "indikator-lama", name: "indikator-lama", agreed: 1, submitted: 0 });
    expect(r.practice).toHaveLength(9);
  });
});
