import "@mantine/dates/styles.css";
import { TimePicker, type TimePickerProps } from "@mantine/dates";
import { useTranslation } from "react-i18next";

type Props = Omit<TimePickerProps, "value" | "onChange" | "defaultValue" | "format" | "withSeconds"> & {
  /** HH:mm (24 hours), or "" for none: what the forms keep and the server receives (`clockTime`). */
  value: string;
  onChange: (value: string) => void;
};

/**
 * The one time-of-day field, DateField's twin: hours and minutes on a 24-hour clock ("13:00", never
 * "1:00 PM" as the browser's own time input shows under an English locale), typed or picked from the
 * list. Gives "" until both hours and minutes are filled. The field's label names the hours box; the
 * minutes box says "Menit". Imported only by lazy pages.
 */
export function TimeField({ value, onChange, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <TimePicker
      value={value}
      onChange={onChange}
      format="24h"
      withDropdown
      minutesInputLabel={t("fields.time.minutes")}
      hoursPlaceholder={t("fields.time.hoursPlaceholder")}
      minutesPlaceholder={t("fields.time.minutesPlaceholder")}
      popoverProps={{ withinPortal: true }}
      {...rest}
    />
  );
}
