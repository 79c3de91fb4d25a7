import { Button } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { currentLang, type Lang, setLang } from "../i18n/index.js";

const LANGS: Lang[] = ["id", "en"];

/**
 * ID/EN. Persisted in localStorage and the `kinerja_lang` cookie so server messages follow. Two
 * plain toggle buttons: a SegmentedControl measured its indicator's position on every render,
 * a forced layout a cheap phone felt on each page.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const active = i18n.language === "en" ? "en" : currentLang();
  return (
    <Button.Group aria-label={t("lang.label")}>
      {LANGS.map((lang) => (
        <Button
          key={lang}
          size="compact-xs"
          variant={lang === active ? "filled" : "default"}
          aria-pressed={lang === active}
          onClick={() => void setLang(lang)}
        >
          {t(`lang.${lang}`)}
        </Button>
      ))}
    </Button.Group>
  );
}
