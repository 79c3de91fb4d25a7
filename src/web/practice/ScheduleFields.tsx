import { Group, Stack, Title } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { Schedule } from "../../domain/practice/persiapan.js";
import { DateField } from "../ui/DateField.js";
import { formatDate } from "../ui/format.js";
import { TimeField } from "../ui/TimeField.js";
import { LineField, NoteField } from "./fields.js";

const EMPTY_SCHEDULE: Schedule = {
  date: null,
  time: null,
  className: "",
  subject: "",
  place: "",
  activity: "",
  notes: "",
};

/**
 * When and where the observation takes place: the guru's lesson (class, subject) or the KS's
 * activity, written by the guru or proposed by the KS. Date and time in the app's own fields
 * (day first, 24 hours), whatever the browser's locale.
 */
export function ScheduleFields({
  title,
  value,
  onChange,
  leader,
}: {
  title: string;
  value: Schedule;
  onChange: (patch: Partial<Schedule>) => void;
  leader: boolean;
}) {
  const { t } = useTranslation();
  const v = value ?? EMPTY_SCHEDULE;
  return (
    <Stack gap="xs">
      <Title order={3} fz="h5">
        {title}
      </Title>
      <Group grow wrap="wrap">
        <DateField
          label={t("practice.schedule.date")}
          value={v.date ?? ""}
          onChange={(date) => onChange({ date: date || null })}
          style={{ minWidth: 150 }}
        />
        <TimeField
          label={t("practice.schedule.time")}
          value={v.time ?? ""}
          onChange={(time) => onChange({ time: time || null })}
          style={{ minWidth: 120 }}
        />
      </Group>
      {leader ? (
        <LineField
          label={t("practice.schedule.activity")}
          description={t("practice.schedule.activityHint")}
          value={v.activity}
          onChange={(x) => onChange({ activity: x })}
          readOnly={false}
        />
      ) : (
        <>
          <LineField
            label={t("practice.schedule.className")}
            value={v.className}
            onChange={(x) => onChange({ className: x })}
            readOnly={false}
          />
          <LineField
            label={t("practice.schedule.subject")}
            value={v.subject}
            onChange={(x) => onChange({ subject: x })}
            readOnly={false}
          />
        </>
      )}
      <LineField
        label={t("practice.schedule.place")}
        value={v.place}
        onChange={(x) => onChange({ place: x })}
        readOnly={false}
      />
      {leader && (
        <NoteField
          label={t("practice.schedule.notes")}
          value={v.notes}
          onChange={(x) => onChange({ notes: x })}
          readOnly={false}
        />
      )}
    </Stack>
  );
}

export function scheduleText(t: TFunction, s: Schedule): string {
  // A KS's practice is an activity, not a lesson.
  if (s.activity) {
    return t("practice.schedule.summaryActivity", {
      date: s.date ? formatDate(s.date) : "—",
      time: s.time ?? "—",
      activity: s.activity,
      place: s.place || "—",
    });
  }
  return t("practice.schedule.summary", {
    date: s.date ? formatDate(s.date) : "—",
    time: s.time ?? "—",
    className: s.className || "—",
    subject: s.subject || "—",
    place: s.place || "—",
  });
}
