import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { dateTime } from "../planning/plan/labels.js";
import type { LocalDraft } from "./draft-store.js";

/**
 * Edits this device kept while the document was changed elsewhere: use them (they replace the
 * server's version) or discard them. `body` says which document, given when the edits were made.
 */
export function StaleDraftAlert({
  draft,
  body,
  resolve,
}: {
  draft: LocalDraft<unknown> | null;
  body: (date: string) => string;
  resolve: (use: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  if (!draft) return null;
  return (
    <Alert color="yellow" title={t("planning.staleDraft.title")}>
      <Stack gap="xs">
        <Text size="sm">{body(dateTime(draft.at, i18n.language))}</Text>
        <Group gap="xs">
          <Button size="xs" onClick={() => resolve(true)}>
            {t("planning.staleDraft.use")}
          </Button>
          <Button size="xs" variant="default" onClick={() => resolve(false)}>
            {t("planning.staleDraft.discard")}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
