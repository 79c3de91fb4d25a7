import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { idCore } from "./id.js";
import { mergeStrings } from "./merge.js";

export type Lang = "id" | "en";
const STORAGE_KEY = "kinerja_lang";

function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "id";
  } catch {
    return "id";
  }
}

/** The server picks its message language from the same cookie (see server/core/messages.ts). */
function writeCookie(lang: Lang): void {
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing on many phones still in use.
  document.cookie = `${STORAGE_KEY}=${lang}; path=/; max-age=31536000; samesite=lax`;
}

export const i18n = i18next.createInstance();

// The first screens' Indonesian is in the first download; the other areas' strings come with
// their pages (loadAreaStrings); English is a separate file fetched only when chosen.
void i18n.use(initReactI18next).init({
  resources: { id: { translation: idCore } },
  lng: "id",
  fallbackLng: "id",
  interpolation: { escapeValue: false },
});

let areas: Promise<void> | null = null;

/** The admin, planning and review strings in Indonesian, added once (English has them all). */
export function loadAreaStrings(): Promise<void> {
  areas ??= import("./id-areas.js").then(({ idAreas: a }) => {
    i18n.addResourceBundle("id", "translation", mergeStrings({}, a.idAdmin, a.idPlanning, a.idReview), true, true);
  });
  // Offline on the first try: the next page visit tries again.
  areas.catch(() => {
    areas = null;
  });
  return areas;
}

async function loadLang(lang: Lang): Promise<void> {
  if (lang === "en" && !i18n.hasResourceBundle("en", "translation")) {
    const { en } = await import("./en.js");
    i18n.addResourceBundle("en", "translation", en);
  }
}

async function applyLang(lang: Lang): Promise<void> {
  // Load first, then switch: the page never shows a key or half a language.
  await loadLang(lang);
  writeCookie(lang);
  document.documentElement.lang = lang;
  await i18n.changeLanguage(lang);
}

/**
 * The stored language, ready to render (main.tsx waits for it). If English cannot be fetched
 * (offline), the app starts in Indonesian rather than not at all.
 */
export async function startI18n(): Promise<void> {
  try {
    await applyLang(storedLang());
  } catch {
    await applyLang("id");
  }
}

export async function setLang(lang: Lang): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode: the cookie still carries the choice for this session.
  }
  await applyLang(lang);
}

export function currentLang(): Lang {
  return i18n.language === "en" ? "en" : "id";
}
