import { currentLang } from "../i18n/index.js";

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** "2026-01-31" → "31 Januari 2026" (or "31 January 2026" in English). */
export function formatDate(value: string | null | undefined): string {
  if (!value) return "—";
  // A calendar date has no time zone: format it as UTC so it never shifts by a day.
  const date = DATE_ONLY.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(currentLang() === "en" ? "en-GB" : "id-ID", {
    day: "numeric",
    month: "long",
    year: "numeric",
    ...(DATE_ONLY.test(value) ? { timeZone: "UTC" } : {}),
  }).format(date);
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
