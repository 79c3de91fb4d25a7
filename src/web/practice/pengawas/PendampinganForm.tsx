import { Button, Card, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  type PendampinganContent,
  pendampinganDuration,
  type Visit,
} from "../../../domain/practice/pengawas/pendampingan.js";
import { formatDate } from "../../ui/format.js";
import { EntryDateRow, LineField, NoteField, newId, writes } from "../fields.js";
import type { PracticeDoc, PracticeView } from "../types.js";
import { ReminderAllSchools } from "./DiskusiPersiapanForm.js";
import { SurveyPanel } from "./SurveyPanel.js";

type Props = {
  content: PendampinganContent;
  onChange: (c: PendampinganContent) => void;
  pen: "all" | string[] | null;
  view: PracticeView;
  doc: PracticeDoc;
};

const NOTES = ["experience", "strategy", "successes", "obstacles", "followUp"] as const;

/** Pendampingan Satuan Pendidikan: the log of visits, the five notes, and the survey to the focus school's KS. */
export function PendampinganForm({ content, onChange, pen, view, doc }: Props) {
  const { t } = useTranslation();
  const duration = pendampinganDuration(content.visits);
  return (
    <Stack gap="md">
      <ReminderAllSchools />
      <Stack gap="sm">
        <Title order={3} fz="h5">
          {t("practice.pendampingan.visitsTitle")}
        </Title>
        <Text size="sm" c={duration === "recommended" || duration === "none" ? "dimmed" : "orange"}>
          {t(`practice.pendampingan.duration.${duration}`)}
        </Text>
        <VisitLog
          visits={content.visits}
          onChange={(visits) => onChange({ ...content, visits })}
          writable={writes(pen, "visits")}
        />
      </Stack>
      <Stack gap="sm">
        <Title order={3} fz="h5">
          {t("practice.pendampingan.notesTitle")}
        </Title>
        {NOTES.map((field) => (
          <NoteField
            key={field}
            label={t(`practice.pendampingan.${field}`)}
            value={content[field]}
            onChange={(v) => onChange({ ...content, [field]: v })}
            readOnly={!writes(pen, field)}
            minRows={field === "experience" ? 3 : 2}
          />
        ))}
      </Stack>
      <SurveyPanel view={view} doc={doc} />
    </Stack>
  );
}

function VisitLog({
  visits,
  onChange,
  writable,
}: {
  visits: Visit[];
  onChange: (v: Visit[]) => void;
  writable: boolean;
}) {
  const { t } = useTranslation();
  const set = (id: string, patch: Partial<Visit>) =>
    onChange(visits.map((v) => (v.id === id ? { ...v, ...patch } : v)));
  return (
    <Stack gap="sm">
      {visits.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("practice.pendampingan.visitsEmpty")}
        </Text>
      )}
      {visits.map((v) => (
        <Card key={v.id} padding="sm">
          {writable ? (
            <Stack gap="xs">
              <EntryDateRow
                value={v.date}
                onChange={(date) => set(v.id, { date })}
                onRemove={() => onChange(visits.filter((x) => x.id !== v.id))}
              />
              <LineField
                label={t("practice.pendampingan.activity")}
                description={t("practice.pendampingan.activityHint")}
                value={v.activity}
                onChange={(activity) => set(v.id, { activity })}
                readOnly={false}
              />
              <NoteField
                label={t("practice.pendampingan.visitNotes")}
                value={v.notes}
                onChange={(notes) => set(v.id, { notes })}
                readOnly={false}
              />
            </Stack>
          ) : (
            <Stack gap={2}>
              <Text size="sm" fw={600}>
                {v.date ? formatDate(v.date) : "—"} · {v.activity}
              </Text>
              {v.notes && (
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                  {v.notes}
                </Text>
              )}
            </Stack>
          )}
        </Card>
      ))}
      {writable && (
        <Button
          variant="light"
          onClick={() => onChange([...visits, { id: newId(), date: null, activity: "", notes: "" }])}
        >
          {t("practice.pendampingan.visitAdd")}
        </Button>
      )}
    </Stack>
  );
}
