import { describe, expect, it } from "vitest";
import { addMonths, monthGrid } from "../../src/web/practice/month.js";

describe("the observation calendar's month grid", () => {
  it("starts on Monday and pads with the neighbouring months' days as null", () => {
    // 1 December 2026 is a Tuesday.
    const weeks = monthGrid("2026-12");
    expect(weeks[0]).toEqual([
      null,
      "2026-12-01",
      "2026-12-02",
      "2026-12-03",
      "2026-12-04",
      "2026-12-05",
      "2026-12-06",
    ]);
    expect(weeks.at(-1)).toEqual(["2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31", null, null, null]);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
  });

  it("knows leap years and months that start on a Monday", () => {
    expect(monthGrid("2028-02").flat().filter(Boolean)).toHaveLength(29);
    expect(monthGrid("2027-02").flat().filter(Boolean)).toHaveLength(28);
    expect(monthGrid("2027-11")[0]?.[0]).toBe("2027-11-01");
  });

  it("steps across years", () => {
    expect(addMonths("2026-12", 1)).toBe("2027-01");
    expect(addMonths("2027-01", -1)).toBe("2026-12");
  });
});
