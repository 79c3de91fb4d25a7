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

/**
 * Hours ahead of UTC. Indonesia keeps no daylight saving (none since 1964), so the offset is fixed:
 * plain arithmetic instead of an Intl formatter, which cost microseconds per call and a list of 50
 * people asks it for every hat.
 */
const OFFSET_HOURS: Record<TimeZone, number> = { "Asia/Jakarta": 7, "Asia/Makassar": 8, "Asia/Jayapura": 9 };

/**
 * The calendar date at `now` in `zone`: a window that closes on 7 January closes at local
 * midnight, not at 07:00 WIB. Pure: the caller supplies the instant.
 */
export function dateInZone(now: Date, zone: TimeZone): IsoDate {
  const local = now.getTime() + OFFSET_HOURS[zone] * 3_600_000;
  // Lists ask it for every row, nearly always for the same day: the last day's text per zone is kept
  // (a Date and its ISO text cost ~1 µs; 3 % of a search's Node time). NaN never equals: an invalid
  // instant still throws below.
  const day = Math.floor(local / 86_400_000);
  const last = lastDay[zone];
  if (last.day === day) return last.date;
  const date = new Date(local).toISOString().slice(0, 10);
  lastDay[zone] = { day, date };
  return date;
}
const lastDay: Record<TimeZone, { day: number; date: IsoDate }> = {
  "Asia/Jakarta": { day: Number.NaN, date: "" },
  "Asia/Makassar": { day: Number.NaN, date: "" },
  "Asia/Jayapura": { day: Number.NaN, date: "" },
};
