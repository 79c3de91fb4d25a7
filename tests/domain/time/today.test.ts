import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { emptyPlanContent } from "../../../src/domain/planning/content.js";
import { dateInZone, TIME_ZONES, ZONE_ABBREVIATIONS } from "../../../src/domain/time/today.js";

describe("dateInZone", () => {
  it("23:30 UTC on 7 January is already 8 January in WIB, WITA and WIT (the UTC date says the 7th)", () => {
    const at = new Date("2026-01-07T23:30:00Z");
    for (const zone of TIME_ZONES) expect(dateInZone(at, zone)).toBe("2026-01-08");
  });

  it("changes at each zone's own midnight", () => {
    expect(dateInZone(new Date("2026-01-07T16:59:59Z"), "Asia/Jakarta")).toBe("2026-01-07");
    expect(dateInZone(new Date("2026-01-07T17:00:00Z"), "Asia/Jakarta")).toBe("2026-01-08");
    expect(dateInZone(new Date("2026-01-07T15:59:59Z"), "Asia/Makassar")).toBe("2026-01-07");
    expect(dateInZone(new Date("2026-01-07T16:00:00Z"), "Asia/Makassar")).toBe("2026-01-08");
    expect(dateInZone(new Date("2026-01-07T14:59:59Z"), "Asia/Jayapura")).toBe("2026-01-07");
    expect(dateInZone(new Date("2026-01-07T15:00:00Z"), "Asia/Jayapura")).toBe("2026-01-08");
  });

  it("answers each instant's own day when asked back and forth (it keeps the last day per zone)", () => {
    const days = ["2026-01-07T16:59:59Z", "2026-01-07T17:00:00Z", "1969-12-31T16:59:59Z", "2026-01-07T16:59:59Z"];
    const expected = ["2026-01-07", "2026-01-08", "1969-12-31", "2026-01-07"];
    for (let round = 0; round < 2; round++) {
      days.forEach((d, i) => {
        expect(dateInZone(new Date(d), "Asia/Jakarta")).toBe(expected[i]);
      });
    }
    expect(() => dateInZone(new Date("not a date"), "Asia/Jakarta")).toThrow(RangeError);
  });

  it("crosses a year end", () => {
    expect(dateInZone(new Date("2025-12-31T18:00:00Z"), "Asia/Jakarta")).toBe("2026-01-01");
  });

  it("agrees with the time zone database every hour of a year (Indonesia keeps no daylight saving)", () => {
    for (const zone of TIME_ZONES) {
      const tz = new Intl.DateTimeFormat("en-CA", {
        timeZone: zone,
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
      });
      for (let h = 0; h < 366 * 24; h += 1) {
        const at = new Date(Date.UTC(2026, 0, 1) + h * 3_600_000 + 59 * 60_000);
        expect(dateInZone(at, zone)).toBe(tz.format(at));
      }
    }
  });

  it("names the zones as people do", () => {
    expect(TIME_ZONES.map((z) => ZONE_ABBREVIATIONS[z])).toEqual(["WIB", "WITA", "WIT"]);
  });
});

describe("migration 0003", () => {
  it("backfills plans with exactly the empty plan content", () => {
    const file = new URL("../../../src/db/migrations/0003_district_time_zone_and_plans.sql", import.meta.url);
    const literal = /'(\{"lastStep".*?\})'::jsonb/.exec(readFileSync(file, "utf8"))?.[1];
    expect(JSON.parse(literal ?? "null")).toEqual(emptyPlanContent());
  });
});
