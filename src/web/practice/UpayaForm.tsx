import { ActionIcon, Button, Card, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { UpayaContent } from "../../domain/practice/upaya.js";
import { formatDate } from "../ui/format.js";
import { LineField, NoteField, newId, writes } from "./fields.js";

type Props = { content: UpayaContent; onChange: (c: UpayaContent) => void; pen: "all" | string[] | null };

/** Upaya Tindak Lanjut: a log of what the guru did, each entry with the atasan's comment. */
export function UpayaForm({ content, onChange, pen }: Props) {
  const { t } = useTranslation();
  const ownerPen = writes(pen, "entries");
  const commentPen = writes(pen, "comments");
  const setEntry = (id: string, patch: Partial<UpayaContent["entries"][number]>) =>
    onChange({ ...content, entries: content.entries.map((e) => (e.id === id ? { ...e, ...patch } : e)) });
  return (
    <Stack gap="sm">
      {content.entries.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("practice.upaya.empty")}
        </Text>
      )}
      {content.entries.map((e) => (
        <Card key={e.id} padding="sm">
          <Stack gap="xs">
            {ownerPen ? (
              <>
                <Group align="flex-end" wrap="wrap" gap="xs">
                  <LineField
                    type="date"
                    label={t("practice.schedule.date")}
                    value={e.date ?? ""}
                    onChange={(v) => setEntry(e.id, { date: v || null })}
                    readOnly={false}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    aria-label={t("practice.remove")}
                    onClick={() => onChange({ ...content, entries: content.entries.filter((x) => x.id !== e.id) })}
                  >
                    ✕
                  </ActionIcon>
                </Group>
                <NoteField
                  label={t("practice.upaya.action")}
                  value={e.action}
                  onChange={(v) => setEntry(e.id, { action: v })}
                  readOnly={false}
                />
                <LineField
                  type="url"
                  label={t("practice.upaya.link")}
                  value={e.evidenceLink ?? ""}
                  onChange={(v) => setEntry(e.id, { evidenceLink: v.trim() ? v : null })}
                  readOnly={false}
                />
              </>
            ) : (
              <>
                <Text size="sm" fw={600}>
                  {e.date ? formatDate(e.date) : "—"}
                </Text>
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                  {e.action}
                </Text>
                {e.evidenceLink && (
                  <Text
                    size="sm"
                    component="a"
                    href={e.evidenceLink}
                    target="_blank"
                    rel="noopener noreferrer"
                    c="teal.8"
                  >
                    {e.evidenceLink}
                  </Text>
                )}
              </>
            )}
            {commentPen ? (
              <NoteField
                label={t("practice.upaya.comment")}
                value={content.comments[e.id] ?? ""}
                onChange={(v) => onChange({ ...content, comments: { ...content.comments, [e.id]: v } })}
                readOnly={false}
              />
            ) : (
              content.comments[e.id] && (
                <Text size="sm" c="teal.9">
                  <b>{t("practice.upaya.comment")}:</b> {content.comments[e.id]}
                </Text>
              )
            )}
          </Stack>
        </Card>
      ))}
      {ownerPen && (
        <Button
          variant="light"
          onClick={() =>
            onChange({
              ...content,
              entries: [...content.entries, { id: newId(), date: null, action: "", evidenceLink: null, fileId: null }],
            })
          }
        >
          {t("practice.upaya.add")}
        </Button>
      )}
    </Stack>
  );
}
