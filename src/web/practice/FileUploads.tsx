import { Anchor, Button, FileButton, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { downloadFile, MAX_FILE_BYTES } from "../../server/files/contract.js";
import { buildUrl } from "../api/client.js";
import { ErrorAlert } from "../ui/ErrorAlert.js";
import { useUploadPracticeFile } from "./hooks.js";
import type { PracticeView } from "./types.js";

const MAX_MB = MAX_FILE_BYTES / 1024 / 1024;
/** What the picker offers; the server judges the content, this only spares a wasted upload. */
const ACCEPT = [
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "image/png",
  "image/jpeg",
  "image/webp",
  ".pdf",
  ".docx",
  ".png",
  ".jpg",
  ".jpeg",
  ".webp",
].join(",");
const ACCEPTED_NAME = /\.(pdf|docx|png|jpe?g|webp)$/i;

type Props = {
  view: PracticeView;
  kind: "rpp" | "evidence";
  ids: readonly string[];
  max: number;
  /** The new list; absent = read only (links only). */
  onChange?: (ids: string[]) => void;
  /** Names the list for screen readers and the upload button. */
  label: string;
};

/** A document's uploaded files: download links, and (with a pen) upload, replace and remove. */
export function FileUploads({ view, kind, ids, max, onChange, label }: Props) {
  const { t } = useTranslation();
  const upload = useUploadPracticeFile(view.cycle.id, kind);
  const [problem, setProblem] = useState<string | null>(null);
  const names = new Map(view.files.map((f) => [f.id, f.fileName]));

  const pick = (file: File | null, replacing: number | null) => {
    setProblem(null);
    upload.reset();
    if (!file || !onChange) return;
    if (!ACCEPTED_NAME.test(file.name) && !ACCEPT.includes(file.type || "-"))
      return setProblem(t("practice.upload.wrongType"));
    if (file.size > MAX_FILE_BYTES) return setProblem(t("practice.upload.tooLarge", { max: MAX_MB }));
    upload.mutate(file, {
      onSuccess: (stored) =>
        onChange(replacing === null ? [...ids, stored.id] : ids.map((id, i) => (i === replacing ? stored.id : id))),
    });
  };

  return (
    <Stack gap={6}>
      {ids.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("practice.upload.none")}
        </Text>
      ) : (
        <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: "none" }} aria-label={label}>
          {ids.map((id, i) => (
            <li key={id}>
              <Group gap="xs" wrap="wrap" justify="space-between">
                <Anchor
                  href={buildUrl(downloadFile.path, { params: { id } })}
                  target="_blank"
                  size="sm"
                  style={{ overflowWrap: "anywhere", minWidth: 0, flex: "1 1 160px" }}
                >
                  {names.get(id) ?? t("practice.upload.unnamed")}
                </Anchor>
                {onChange && (
                  <Group gap={4} wrap="nowrap">
                    <FileButton onChange={(f) => pick(f, i)} accept={ACCEPT}>
                      {(props) => (
                        <Button {...props} variant="subtle" size="compact-sm" disabled={upload.isPending}>
                          {t("practice.upload.replace")}
                        </Button>
                      )}
                    </FileButton>
                    <Button
                      variant="subtle"
                      color="red"
                      size="compact-sm"
                      onClick={() => onChange(ids.filter((x) => x !== id))}
                    >
                      {t("practice.upload.remove")}
                    </Button>
                  </Group>
                )}
              </Group>
            </li>
          ))}
        </Stack>
      )}
      {onChange &&
        (ids.length < max ? (
          <Group>
            <FileButton onChange={(f) => pick(f, null)} accept={ACCEPT}>
              {(props) => (
                <Button
                  {...props}
                  variant="light"
                  size="sm"
                  loading={upload.isPending}
                  aria-label={`${t("practice.upload.add")}: ${label}`}
                >
                  {t("practice.upload.add")}
                </Button>
              )}
            </FileButton>
          </Group>
        ) : (
          <Text size="xs" c="dimmed">
            {t("practice.upload.full", { count: max })}
          </Text>
        ))}
      {problem && (
        <Text size="sm" c="red" role="alert">
          {problem}
        </Text>
      )}
      <ErrorAlert error={upload.error} />
    </Stack>
  );
}
