import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en.js";
import { id } from "./id.js";

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

void i18n.use(initReactI18next).init({
  resources: { id: { translation: id }, en: { translation: en } },
  lng: storedLang(),
  fallbackLng: "id",
  interpolation: { escapeValue: false },
});
writeCookie(storedLang());
document.documentElement.lang = storedLang();

export async function setLang(lang: Lang): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode: the cookie still carries the choice for this session.
  }
  writeCookie(lang);
  document.documentElement.lang = lang;
  await i18n.changeLanguage(lang);
}

export function currentLang(): Lang {
  return i18n.language === "en" ? "en" : "id";
}
