import { describe, expect, it } from "vitest";
import { longDate } from "../../../src/domain/time/long-date.js";
import { translate } from "../../../src/server/core/messages.js";

describe("dates people read", () => {
  it("writes a calendar date with the month's name, in each language", () => {
    expect(longDate("2026-12-29", "id")).toBe("29 Desember 2026");
    expect(longDate("2026-01-05", "en")).toBe("5 January 2026");
    expect(longDate("not a date", "id")).toBe("not a date");
  });
  it("never shows a raw ISO date in a server message", () => {
    const id = translate("id", "period.noExtendBackwards", { current: "2026-12-29" });
    expect(id).toContain("(29 Desember 2026)");
    expect(id).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(translate("en", "plan.windowNotOpen", { date: "2027-02-01" })).toBe(
      "The planning window opens on 1 February 2027.",
    );
    // Other parameters pass through unchanged.
    expect(translate("id", "auth.passwordTooShort", { min: 10 })).toContain("10");
  });
});
