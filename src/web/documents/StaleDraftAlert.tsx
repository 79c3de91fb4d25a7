import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { dateTime } from "../planning/plan/labels.js";
import type { LocalDraft } from "./draft-store.js";

/**
 * Edits this device kept while the document was changed elsewhere (found on opening it, or after
 * a 409): the form shows the newest version; the person keeps their edits (they replace it) or
 * takes the newest (their edits are dropped).
 */
export function StaleDraftAlert({
  draft,
  resolve,
}: {
  draft: LocalDraft<unknown> | null;
  resolve: (use: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  if (!draft) return null;
  return (
    <Alert color="yellow" title={t("document.staleDraft.title")} role="alert">
      <Stack gap="xs">
        <Text size="sm">{t("document.staleDraft.body", { date: dateTime(draft.at, i18n.language) })}</Text>
        <Group gap="xs">
          <Button size="xs" onClick={() => resolve(true)}>
            {t("document.staleDraft.use")}
          </Button>
          <Button size="xs" variant="default" onClick={() => resolve(false)}>
            {t("document.staleDraft.discard")}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
