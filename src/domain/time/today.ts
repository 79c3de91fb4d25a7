import type { IsoDate } from "../org/types.js";

/** Indonesia's three time zones; a district keeps one (WIB unless set otherwise). */
export const TIME_ZONES = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"] as const;
export type TimeZone = (typeof TIME_ZONES)[number];
export const DEFAULT_TIME_ZONE: TimeZone = "Asia/Jakarta";

/** The name people use: WIB (UTC+7), WITA (UTC+8), WIT (UTC+9). */
export const ZONE_ABBREVIATIONS: Record<TimeZone, "WIB" | "WITA" | "WIT"> = {
  "Asia/Jakarta": "WIB",
  "Asia/Makassar": "WITA",
  "Asia/Jayapura": "WIT",
};

/** "WIB" → Asia/Jakarta (case-insensitive); undefined when not one of the three. */
export function zoneOfAbbreviation(abbreviation: string): TimeZone | undefined {
  return TIME_ZONES.find((z) => ZONE_ABBREVIATIONS[z] === abbreviation.toUpperCase());
}

export function isTimeZone(value: string): value is TimeZone {
  return (TIME_ZONES as readonly string[]).includes(value);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar date at `now` in `zone`: a window that closes on 7 January closes at local
 * midnight, not at 07:00 WIB. Pure: the caller supplies the instant.
 */
export function dateInZone(now: Date, zone: TimeZone): IsoDate {
  let f = formatters.get(zone);
  if (!f) {
    // en-CA formats as YYYY-MM-DD.
    f = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(zone, f);
  }
  return f.format(now);
}
