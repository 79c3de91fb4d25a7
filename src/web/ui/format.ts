import { longDateOf, monthNames } from "../../domain/time/long-date.js";
import { currentLang } from "../i18n/index.js";

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

// The first Intl.DateTimeFormat of a page loads locale data: ~30 ms of a cheap phone's main thread
// before the home page can show. "31 Januari 2026" needs only the month names (src/domain/time/long-date.ts).

/** "2026-01-31" → "31 Januari 2026" (or "31 January 2026" in English). */
export function formatDate(value: string | null | undefined): string {
  if (!value) return "—";
  // A calendar date has no time zone: read it as UTC so it never shifts by a day. A timestamp is
  // shown in the phone's own time zone.
  const dateOnly = DATE_ONLY.test(value);
  const date = dateOnly ? new Date(`${value}T00:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const [y, m, d] = dateOnly
    ? [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()]
    : [date.getFullYear(), date.getMonth(), date.getDate()];
  return longDateOf(y, m, d, currentLang());
}

/** Case- and accent-insensitive "contains", for search boxes. */
export function matches(haystack: string | null | undefined, needle: string): boolean {
  if (!needle.trim()) return true;
  const norm = (s: string) =>
    s
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase();
  return norm(haystack ?? "").includes(norm(needle.trim()));
}

/** "2026-12" → "Desember 2026" (or "December 2026"). */
export function formatMonth(yearMonth: string): string {
  const [y, m] = yearMonth.split("-").map(Number) as [number, number];
  return `${monthNames(currentLang())[m - 1] ?? yearMonth} ${y}`;
}
