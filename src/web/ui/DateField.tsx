import "@mantine/dates/styles.css";
import "dayjs/locale/id";
import { DateInput, type DateInputProps } from "@mantine/dates";
import { useTranslation } from "react-i18next";
import { parseTypedDate } from "./date-parse.js";

type Props = Omit<DateInputProps, "value" | "onChange" | "minDate" | "maxDate" | "defaultValue"> & {
  /** YYYY-MM-DD, or "" for none: what the forms keep and the server receives. */
  value: string;
  onChange: (value: string) => void;
  min?: string | undefined;
  max?: string | undefined;
};

/**
 * The one date field: shows "29 Desember 2026" (English month names when English is chosen), a
 * calendar in the app's language, and reads a typed "29/12/2026" day first — never the browser's
 * mm/dd/yyyy. Values stay ISO. Imported only by lazy pages, so @mantine/dates is never in the first load.
 */
export function DateField({ value, onChange, min, max, ...rest }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === "en" ? "en" : "id";
  return (
    <DateInput
      value={value || null}
      onChange={(next) => onChange(next ?? "")}
      locale={lang}
      valueFormat="D MMMM YYYY"
      dateParser={(typed) => parseTypedDate(typed, lang)}
      minDate={min || undefined}
      maxDate={max || undefined}
      placeholder={t("fields.date.placeholder")}
      popoverProps={{ withinPortal: true }}
      {...rest}
    />
  );
}
