import { Alert, Button, FileInput, Group, Stack, Text } from "@mantine/core";
import type { UseMutationResult } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { ImportProblems } from "../import/ImportProblems.js";

type Upload<T> = UseMutationResult<T, Error, File>;

/**
 * A Rapor Pendidikan CSV chosen and uploaded (one school's or the district's): choosing another file
 * clears the last answer; a refusal shows its problems per line, a success `done` and the columns ignored.
 */
export function RaporFileUpload<T extends { ignoredColumns: string[] }>(props: {
  upload: Upload<T>;
  label: string;
  button: string;
  done: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const { upload } = props;
  const [file, setFile] = useState<File | null>(null);
  const choose = (f: File | null) => {
    setFile(f);
    upload.reset();
  };
  return (
    <Stack gap="sm">
      <FileInput
        label={props.label}
        placeholder={t("import.filePlaceholder")}
        accept=".csv,text/csv"
        value={file}
        onChange={choose}
        clearable
      />
      <Group>
        <Button onClick={() => file && upload.mutate(file)} disabled={!file} loading={upload.isPending}>
          {props.button}
        </Button>
      </Group>
      {upload.isError && <ImportProblems error={upload.error} />}
      {upload.isSuccess && (
        <Alert color="teal">
          {props.done(upload.data)}
          {upload.data.ignoredColumns.length > 0 && (
            <Text size="sm" c="dimmed">
              {t("import.ignored", { columns: upload.data.ignoredColumns.join(", ") })}
            </Text>
          )}
        </Alert>
      )}
    </Stack>
  );
}
