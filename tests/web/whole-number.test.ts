import { describe, expect, it } from "vitest";
import { readWholeNumber } from "../../src/web/ui/whole-number.js";

const range = { min: 1, max: 50 };

describe("a typed count", () => {
  it("reads whole numbers in range", () => {
    expect(readWholeNumber("2", range)).toEqual({ value: 2, error: null });
    expect(readWholeNumber(" 50 ", range)).toEqual({ value: 50, error: null });
  });
  it("never reads 2,5 as 25 (or 2.5): it is an error and counts nothing", () => {
    for (const typed of ["2,5", "2.5", "-3", "2e1", "dua"])
      expect(readWholeNumber(typed, range), typed).toEqual({ value: null, error: "wholeNumber" });
  });
  it("an emptied field is nothing, without an error", () => {
    expect(readWholeNumber("", range)).toEqual({ value: null, error: null });
  });
  it("says when a number is out of range instead of clamping it", () => {
    expect(readWholeNumber("0", range).error).toBe("min");
    expect(readWholeNumber("51", range).error).toBe("max");
  });
});
