import { Alert, Button, List, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client.js";

type Props = { error: unknown; onRetry?: () => void; title?: string };

/** Shows a failed call: the server's (already translated) message and its details. */
export function ErrorAlert({ error, onRetry, title }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  const api = error instanceof ApiError ? error : null;
  const forbidden = api?.status === 403 && api.code === "FORBIDDEN";
  const message = api?.message ?? t("error.unexpected");
  return (
    <Alert
      color={forbidden ? "orange" : "red"}
      title={title ?? (forbidden ? t("error.forbiddenTitle") : t("error.title"))}
    >
      <Stack gap="xs">
        <Text size="sm">{message}</Text>
        {api && api.details.length > 0 && (
          <List size="sm" spacing={2}>
            {api.details.map((d) => (
              <List.Item key={`${d.line ?? ""}-${d.path ?? ""}-${d.message}`}>
                {d.line !== undefined ? `${t("import.line")} ${d.line}: ` : ""}
                {d.path ? `${d.path}: ` : ""}
                {d.message}
              </List.Item>
            ))}
          </List>
        )}
        {onRetry && (
          <Button size="xs" variant="light" onClick={onRetry} w="fit-content">
            {t("common.retry")}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

/** Server validation messages per form field: `details[].path` → message. */
export function fieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(error instanceof ApiError)) return out;
  for (const d of error.details) {
    const key = d.path?.replace(/^body[./]/, "").split(/[./]/)[0];
    if (key && !out[key]) out[key] = d.message;
  }
  return out;
}
