import { Button, Card, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../ui/ErrorAlert.js";
import { Loading } from "../../ui/Loading.js";
import { PageHeader } from "../../ui/PageHeader.js";
import { useNotifications } from "./hooks.js";
import { NotificationItem } from "./NotificationItem.js";
import { useOpenNotification } from "./useOpenNotification.js";

/** /perencanaan/notifikasi: the latest 50 notifications. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const query = useNotifications();
  const { open, markRead } = useOpenNotification();
  const unread = query.data?.unread ?? 0;
  return (
    <Stack gap="md">
      <PageHeader
        title={t("notifications.title")}
        intro={t("notifications.intro")}
        actions={
          unread > 0 && (
            <Button variant="light" size="sm" onClick={() => markRead.mutate(undefined)} loading={markRead.isPending}>
              {t("notifications.markAll")}
            </Button>
          )
        }
      />
      {query.isPending && <Loading />}
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && (
        <Card p="xs">
          {query.data.items.length === 0 ? (
            <Text c="dimmed" p="sm">
              {t("notifications.empty")}
            </Text>
          ) : (
            <Stack gap={2}>
              {query.data.items.map((n) => (
                <NotificationItem key={n.id} item={n} onOpen={open} />
              ))}
            </Stack>
          )}
        </Card>
      )}
    </Stack>
  );
}
