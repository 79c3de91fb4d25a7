import { describe, expect, it } from "vitest";
import { parseTypedDate } from "../../src/web/ui/date-parse.js";

describe("a typed date", () => {
  it("reads the shown form, day-first numbers and ISO as the same day", () => {
    for (const typed of ["29 Desember 2026", "29 des 2026", "29/12/2026", "29-12-2026", "29.12.2026", "2026-12-29"])
      expect(parseTypedDate(typed), typed).toBe("2026-12-29");
    expect(parseTypedDate("5 December 2026", "en")).toBe("2026-12-05");
    // English month names are understood while the app is in Indonesian, and the other way round.
    expect(parseTypedDate("1 Mar 2027", "id")).toBe("2027-03-01");
    expect(parseTypedDate("1 Mei 2027", "en")).toBe("2027-05-01");
  });
  it("is day first: 03/04/2026 is 3 April, never March 4", () => {
    expect(parseTypedDate("03/04/2026")).toBe("2026-04-03");
  });
  it("gives nothing for a half-typed or impossible date", () => {
    for (const typed of ["", "29", "29/12", "31/02/2026", "2026-13-01", "29 xyz 2026", "29 de 2026"])
      expect(parseTypedDate(typed), typed).toBeNull();
  });
});
