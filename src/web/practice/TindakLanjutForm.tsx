import { Button, Card, Group, Radio, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { LEARNING_MODES, type TindakLanjutContent } from "../../domain/practice/tindak-lanjut.js";
import { LineField, NoteField, RemoveButton, writes } from "./fields.js";

type Props = { content: TindakLanjutContent; onChange: (c: TindakLanjutContent) => void; pen: "all" | string[] | null };

/** Dokumen Tindak Lanjut: the challenges faced, the Pilihan Belajar (required), the Pelatihan Mandiri (optional). */
export function TindakLanjutForm({ content, onChange, pen }: Props) {
  const { t } = useTranslation();
  const ro = !writes(pen, "learning");
  const l = content.learning;
  const s = content.selfTraining;
  const setL = (patch: Partial<TindakLanjutContent["learning"]>) =>
    onChange({ ...content, learning: { ...l, ...patch } });
  const setS = (patch: Partial<TindakLanjutContent["selfTraining"]>) =>
    onChange({ ...content, selfTraining: { ...s, ...patch } });
  return (
    <Stack gap="md">
      <details>
        <summary style={{ cursor: "pointer", fontSize: 14 }}>{t("practice.tindakLanjut.whyTitle")}</summary>
        <Text size="sm" mt={4}>
          {t("practice.tindakLanjut.why")}
        </Text>
      </details>
      <NoteField
        label={t("practice.tindakLanjut.challenges")}
        value={content.challenges}
        onChange={(v) => onChange({ ...content, challenges: v })}
        readOnly={!writes(pen, "challenges")}
        minRows={3}
      />
      <Card padding="sm">
        <Stack gap="sm">
          <Title order={3} fz="h5">
            {t("practice.tindakLanjut.learningTitle")}
          </Title>
          <NoteField
            label={t("practice.tindakLanjut.goal")}
            value={l.goal}
            onChange={(v) => setL({ goal: v })}
            readOnly={ro}
          />
          <NoteField
            label={t("practice.tindakLanjut.effort")}
            value={l.effort}
            onChange={(v) => setL({ effort: v })}
            readOnly={ro}
          />
          <Radio.Group
            label={t("practice.tindakLanjut.mode")}
            value={l.mode ?? ""}
            onChange={(v) => !ro && setL({ mode: v as TindakLanjutContent["learning"]["mode"] })}
          >
            <Stack gap={6} mt={4}>
              {LEARNING_MODES.map((m) => (
                <Radio key={m} size="md" value={m} label={t(`practice.mode.${m}`)} disabled={ro} />
              ))}
            </Stack>
          </Radio.Group>
          {l.mode === "other" && (
            <LineField
              label={t("practice.tindakLanjut.otherMode")}
              value={l.otherMode}
              onChange={(v) => setL({ otherMode: v })}
              readOnly={ro}
            />
          )}
          <Text size="sm" fw={500}>
            {t("practice.tindakLanjut.schedule")}
          </Text>
          {l.schedule.map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; a key from their text would remount the field being typed in.
            <Group key={i} align="flex-end" wrap="wrap" gap="xs">
              <LineField
                type="date"
                label={t("practice.schedule.date")}
                value={item.date ?? ""}
                onChange={(v) =>
                  setL({ schedule: l.schedule.map((x, j) => (j === i ? { ...x, date: v || null } : x)) })
                }
                readOnly={ro}
              />
              <div style={{ flex: "1 1 180px" }}>
                <LineField
                  label={t("practice.tindakLanjut.activity")}
                  value={item.action}
                  onChange={(v) => setL({ schedule: l.schedule.map((x, j) => (j === i ? { ...x, action: v } : x)) })}
                  readOnly={ro}
                />
              </div>
              {!ro && <RemoveButton onClick={() => setL({ schedule: l.schedule.filter((_, j) => j !== i) })} />}
            </Group>
          ))}
          {!ro && (
            <Button variant="light" onClick={() => setL({ schedule: [...l.schedule, { date: null, action: "" }] })}>
              {t("practice.tindakLanjut.addActivity")}
            </Button>
          )}
          <NoteField
            label={t("practice.tindakLanjut.support")}
            value={l.support}
            onChange={(v) => setL({ support: v })}
            readOnly={ro}
          />
        </Stack>
      </Card>
      <Card padding="sm">
        <Stack gap="sm">
          <Title order={3} fz="h5">
            {t("practice.tindakLanjut.selfTitle")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("practice.tindakLanjut.selfIntro")}
          </Text>
          <NoteField
            label={t("practice.tindakLanjut.goal")}
            value={s.goal}
            onChange={(v) => setS({ goal: v })}
            readOnly={ro}
          />
          <LineField
            label={t("practice.tindakLanjut.module")}
            value={s.module}
            onChange={(v) => setS({ module: v })}
            readOnly={ro}
          />
          <Group grow wrap="wrap">
            <LineField
              type="date"
              label={t("practice.tindakLanjut.from")}
              value={s.from ?? ""}
              onChange={(v) => setS({ from: v || null })}
              readOnly={ro}
            />
            <LineField
              type="date"
              label={t("practice.tindakLanjut.to")}
              value={s.to ?? ""}
              onChange={(v) => setS({ to: v || null })}
              readOnly={ro}
            />
          </Group>
          <NoteField
            label={t("practice.tindakLanjut.support")}
            value={s.support}
            onChange={(v) => setS({ support: v })}
            readOnly={ro}
          />
        </Stack>
      </Card>
    </Stack>
  );
}
