import { Anchor, Button, FileButton, Group, Stack, Text } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { downloadFile, MAX_FILE_BYTES, type StoredFile } from "../../../../server/files/contract.js";
import { buildUrl } from "../../../api/client.js";
import { ErrorAlert } from "../../../ui/ErrorAlert.js";
import { fileKey, useUploadSk } from "../../hooks.js";

type Props = {
  fileId: string | null;
  required: boolean;
  readOnly: boolean;
  dutyName: string;
  onChange: (fileId: string | null) => void;
};

const MAX_MB = MAX_FILE_BYTES / 1024 / 1024;

/** The SK of one duty: a PDF of at most 10 MB, checked here first and by content on the server. */
export function SkUpload({ fileId, required, readOnly, dutyName, onChange }: Props) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const upload = useUploadSk();
  const [problem, setProblem] = useState<string | null>(null);
  // The plan stores only the file id; the name is known for files uploaded in this session.
  const meta = fileId ? qc.getQueryData<StoredFile>(fileKey(fileId)) : undefined;

  const pick = (file: File | null) => {
    setProblem(null);
    upload.reset();
    if (!file) return;
    const pdf = file.type === "application/pdf" || /\.pdf$/i.test(file.name);
    if (!pdf) return setProblem(t("planning.duties.notPdf", { max: MAX_MB }));
    if (file.size > MAX_FILE_BYTES) return setProblem(t("planning.duties.tooLarge", { max: MAX_MB }));
    upload.mutate(file, { onSuccess: (stored) => onChange(stored.id) });
  };

  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {t(required ? "planning.duties.skRequired" : "planning.duties.skOptional")}
      </Text>
      {fileId ? (
        <Anchor href={buildUrl(downloadFile.path, { params: { id: fileId } })} target="_blank" size="sm">
          {meta?.fileName ?? t("planning.duties.skUploaded")}
        </Anchor>
      ) : (
        <Text size="sm" c="dimmed">
          {t("planning.duties.skNone")}
        </Text>
      )}
      {!readOnly && (
        <Group gap="xs">
          <FileButton onChange={pick} accept="application/pdf,.pdf">
            {(props) => (
              <Button
                {...props}
                variant="light"
                size="sm"
                loading={upload.isPending}
                aria-label={t("planning.duties.uploadFor", { name: dutyName })}
              >
                {fileId ? t("planning.duties.replace") : t("planning.duties.upload")}
              </Button>
            )}
          </FileButton>
          {fileId && (
            <Button variant="subtle" color="red" size="sm" onClick={() => onChange(null)}>
              {t("planning.duties.removeSk")}
            </Button>
          )}
        </Group>
      )}
      {!readOnly && (
        <Text size="xs" c="dimmed">
          {t("planning.duties.skHint", { max: MAX_MB })}
        </Text>
      )}
      {problem && (
        <Text size="sm" c="red" role="alert">
          {problem}
        </Text>
      )}
      <ErrorAlert error={upload.error} />
    </Stack>
  );
}
