import { Alert, Select, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  type DiskusiPersiapanContent,
  PENGAWAS_CHALLENGE_COUNT,
} from "../../../domain/practice/pengawas/diskusi-persiapan.js";
import { NoteField, writes } from "../fields.js";
import type { PracticeView } from "../types.js";

type Props = {
  content: DiskusiPersiapanContent;
  onChange: (c: DiskusiPersiapanContent) => void;
  pen: "all" | string[] | null;
  view: PracticeView;
};

/** Diskusi Persiapan: three challenges, the focus issue, one of the plan's schools, strategy and methods. */
export function DiskusiPersiapanForm({ content, onChange, pen, view }: Props) {
  const { t } = useTranslation();
  const challenges = Array.from({ length: PENGAWAS_CHALLENGE_COUNT }, (_, i) => content.challenges[i] ?? "");
  const schools = view.planSchools.map((s) => ({ value: s.id, label: s.name }));
  // A stored school the plan no longer names still shows, marked, rather than an empty select.
  if (content.focusSchoolId && !schools.some((s) => s.value === content.focusSchoolId)) {
    schools.push({ value: content.focusSchoolId, label: t("practice.diskusiPersiapan.focusSchoolUnknown") });
  }
  return (
    <Stack gap="md">
      <ReminderAllSchools />
      <Stack gap={6}>
        <Title order={3} fz="h5">
          {t("practice.diskusiPersiapan.challengesTitle")}
        </Title>
        {challenges.map((c, i) => (
          <NoteField
            // biome-ignore lint/suspicious/noArrayIndexKey: exactly three fixed slots.
            key={i}
            label={t("practice.diskusiPersiapan.challenge", { n: i + 1 })}
            value={c}
            onChange={(v) => onChange({ ...content, challenges: challenges.map((x, j) => (j === i ? v : x)) })}
            readOnly={!writes(pen, "challenges")}
          />
        ))}
      </Stack>
      <NoteField
        label={t("practice.diskusiPersiapan.focusIssue")}
        description={t("practice.diskusiPersiapan.focusIssueHint")}
        value={content.focusIssue}
        onChange={(v) => onChange({ ...content, focusIssue: v })}
        readOnly={!writes(pen, "focusIssue")}
      />
      <Select
        label={t("practice.diskusiPersiapan.focusSchool")}
        description={t("practice.diskusiPersiapan.focusSchoolHint")}
        data={schools}
        value={content.focusSchoolId}
        onChange={(v) => onChange({ ...content, focusSchoolId: v })}
        readOnly={!writes(pen, "focusSchoolId")}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
      />
      {view.planSchools.length === 0 && writes(pen, "focusSchoolId") && (
        <Text size="sm" c="orange">
          {t("practice.diskusiPersiapan.focusSchoolNone")}
        </Text>
      )}
      <NoteField
        label={t("practice.diskusiPersiapan.strategy")}
        value={content.strategy}
        onChange={(v) => onChange({ ...content, strategy: v })}
        readOnly={!writes(pen, "strategy")}
        minRows={3}
      />
      <NoteField
        label={t("practice.diskusiPersiapan.methods")}
        description={t("practice.diskusiPersiapan.methodsHint")}
        value={content.methods}
        onChange={(v) => onChange({ ...content, methods: v })}
        readOnly={!writes(pen, "methods")}
      />
      {(writes(pen, "feedback") || content.feedback) && (
        <NoteField
          label={t("practice.diskusiPersiapan.feedback")}
          description={writes(pen, "feedback") ? t("practice.diskusiPersiapan.feedbackHint") : undefined}
          value={content.feedback}
          onChange={(v) => onChange({ ...content, feedback: v })}
          readOnly={!writes(pen, "feedback")}
        />
      )}
    </Stack>
  );
}

/** Seed 002, "Perlu diketahui": the focus school narrows this practice, not the pengawas's duties. */
export function ReminderAllSchools() {
  const { t } = useTranslation();
  return (
    <Alert color="blue" p="sm">
      <Text size="sm">{t("practice.pengawas.reminder")}</Text>
    </Alert>
  );
}
