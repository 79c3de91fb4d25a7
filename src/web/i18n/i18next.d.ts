import type { Translation } from "./id.js";

// Typed translation keys: t("mine.title") is checked against id.ts at compile time.
// (Module augmentation needs `interface`.)
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: Translation };
  }
}
