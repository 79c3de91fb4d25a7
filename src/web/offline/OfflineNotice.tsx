import { Alert } from "@mantine/core";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { registerServiceWorker } from "./register.js";
import { useOnline } from "./useOnline.js";

/**
 * In the signed-in frame: installs the service worker, and says so while the phone has no network —
 * what shows is what this device last loaded, and what is typed waits on it to be sent.
 */
export function OfflineNotice() {
  const { t } = useTranslation();
  const online = useOnline();
  useEffect(registerServiceWorker, []);
  if (online) return null;
  return (
    <Alert color="yellow" p="xs" mb="sm" role="status">
      {t("offline.notice")}
    </Alert>
  );
}
