import { Alert, Button, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useOnline } from "../offline/useOnline.js";
import { StaleDraftAlert } from "./StaleDraftAlert.js";
import type { DocumentEditor } from "./useDocumentEditor.js";

/**
 * What every document's editor may need to say above its form: no signal (the edits are kept and
 * sent later), a version changed elsewhere (the newest is loading, or could not be: try again), and
 * then the choice between this device's edits and the newest version.
 */
export function EditorAlerts<C>({ editor }: { editor: DocumentEditor<C> }) {
  const { t } = useTranslation();
  const [loading, setLoading] = useState(false);
  // Without any network the frame already says so (OfflineNotice); here only a server out of reach.
  const online = useOnline();
  const s = editor.state;
  const reload = () => {
    setLoading(true);
    void editor.retryReload().finally(() => setLoading(false));
  };
  return (
    <>
      {s.kind === "conflict" && (
        <Alert color="red" title={t("document.conflict.title")} role="alert">
          <Stack gap="xs">
            <Text size="sm">{s.error.message}</Text>
            <Text size="sm">{t("document.conflict.body")}</Text>
            <Button size="xs" onClick={reload} loading={loading} w="fit-content">
              {t("document.conflict.reload")}
            </Button>
          </Stack>
        </Alert>
      )}
      {s.kind === "offline" && online && (
        <Alert color="yellow" title={t("document.offline.title")}>
          <Text size="sm">{t("document.offline.body")}</Text>
        </Alert>
      )}
      <StaleDraftAlert draft={editor.staleDraft} resolve={editor.resolveStaleDraft} />
    </>
  );
}
