import { Button, Card, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { UpayaContent, UpayaEntry } from "../../domain/practice/upaya.js";
import { formatDate } from "../ui/format.js";
import { EntryDateRow, LineField, NoteField, newId, writes } from "./fields.js";

type Props = { content: UpayaContent; onChange: (c: UpayaContent) => void; pen: "all" | string[] | null };

/** Upaya Tindak Lanjut: a log of what the guru did, each entry with the atasan's comment. */
export function UpayaForm({ content, onChange, pen }: Props) {
  return (
    <UpayaLog
      entries={content.entries}
      comments={content.comments}
      onEntries={(entries) => onChange({ ...content, entries })}
      onComments={(comments) => onChange({ ...content, comments })}
      entryPen={writes(pen, "entries")}
      commentPen={writes(pen, "comments")}
    />
  );
}

type LogProps = {
  entries: UpayaEntry[];
  comments: Record<string, string>;
  onEntries: (entries: UpayaEntry[]) => void;
  onComments: (comments: Record<string, string>) => void;
  entryPen: boolean;
  commentPen: boolean;
  /** Who comments: the atasan (a guru's upaya) or the Tim Kinerja (a pengawas's). */
  commentLabel?: string;
};

/** A dated log of upaya entries with a comment on each: a guru's upaya and a pengawas's steps. */
export function UpayaLog({ entries, comments, onEntries, onComments, entryPen, commentPen, commentLabel }: LogProps) {
  const { t } = useTranslation();
  const commentTitle = commentLabel ?? t("practice.upaya.comment");
  const setEntry = (id: string, patch: Partial<UpayaEntry>) =>
    onEntries(entries.map((e) => (e.id === id ? { ...e, ...patch } : e)));
  return (
    <Stack gap="sm">
      {entries.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("practice.upaya.empty")}
        </Text>
      )}
      {entries.map((e) => (
        <Card key={e.id} padding="sm">
          <Stack gap="xs">
            {entryPen ? (
              <>
                <EntryDateRow
                  value={e.date}
                  onChange={(date) => setEntry(e.id, { date })}
                  onRemove={() => onEntries(entries.filter((x) => x.id !== e.id))}
                />
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
                    c="teal"
                    style={{ overflowWrap: "anywhere" }}
                  >
                    {e.evidenceLink}
                  </Text>
                )}
              </>
            )}
            {commentPen ? (
              <NoteField
                label={commentTitle}
                value={comments[e.id] ?? ""}
                onChange={(v) => onComments({ ...comments, [e.id]: v })}
                readOnly={false}
              />
            ) : (
              comments[e.id] && (
                <Text size="sm" c="teal">
                  <b>{commentTitle}:</b> {comments[e.id]}
                </Text>
              )
            )}
          </Stack>
        </Card>
      ))}
      {entryPen && (
        <Button
          variant="light"
          onClick={() =>
            onEntries([...entries, { id: newId(), date: null, action: "", evidenceLink: null, fileId: null }])
          }
        >
          {t("practice.upaya.add")}
        </Button>
      )}
    </Stack>
  );
}
