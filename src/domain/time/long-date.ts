/** Month names for dates people read: "29 Desember 2026" (never the raw "2026-12-29"). */
const MONTHS = {
  id: [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
} as const;

export type DateLang = keyof typeof MONTHS;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The month names of a language (the date picker's parser reads them too). */
export function monthNames(lang: DateLang): readonly string[] {
  return MONTHS[lang];
}

/** "2026-12-29" → "29 Desember 2026" ("29 December 2026" in English); anything else is returned as is. */
export function longDate(value: string, lang: DateLang): string {
  const m = ISO_DATE.exec(value);
  if (!m) return value;
  const month = MONTHS[lang][Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : value;
}

/** A date's parts as `longDate` prints them (a timestamp's, read in the phone's zone by the caller). */
export function longDateOf(year: number, monthIndex: number, day: number, lang: DateLang): string {
  return `${day} ${MONTHS[lang][monthIndex] ?? ""} ${year}`;
}
