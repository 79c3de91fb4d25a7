import { type DateLang, monthNames } from "../../domain/time/long-date.js";
import { isCalendarDate } from "../../domain/validation/vocabulary.js";

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number) => {
  const value = `${y}-${pad(m)}-${pad(d)}`;
  return isCalendarDate(value) ? value : null;
};

/** "des", "dec", "desember" … → 1–12: a month name or its first three letters, in either language. */
function monthOf(word: string, lang: DateLang): number | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w.length < 3) return null;
  for (const l of [lang, lang === "id" ? "en" : "id"] as const) {
    const i = monthNames(l).findIndex((name) => name.toLowerCase().startsWith(w));
    if (i >= 0) return i + 1;
  }
  return null;
}

/**
 * What a person types in a date field → YYYY-MM-DD, or null while it is not a whole date yet.
 * Accepts the shown form ("29 Desember 2026", "29 des 2026"), day first with / - or . ("29/12/2026",
 * as people here write it; never month first) and ISO ("2026-12-29").
 */
export function parseTypedDate(text: string, lang: DateLang = "id"): string | null {
  const s = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\s+([\p{L}.]+)\s+(\d{4})$/u.exec(s);
  if (m) {
    const month = monthOf(m[2] ?? "", lang);
    return month ? iso(Number(m[3]), month, Number(m[1])) : null;
  }
  return null;
}
