import { SegmentedControl } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { currentLang, setLang } from "../i18n/index.js";

/** ID/EN. Persisted in localStorage and the `kinerja_lang` cookie so server messages follow. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t("lang.label")}
      value={i18n.language === "en" ? "en" : currentLang()}
      onChange={(value) => void setLang(value === "en" ? "en" : "id")}
      data={[
        { value: "id", label: t("lang.id") },
        { value: "en", label: t("lang.en") },
      ]}
    />
  );
}
