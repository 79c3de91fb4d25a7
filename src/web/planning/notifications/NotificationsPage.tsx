import { Button, Card, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../ui/ErrorAlert.js";
import { Loading } from "../../ui/Loading.js";
import { LoadMore } from "../../ui/LoadMore.js";
import { PageHeader } from "../../ui/PageHeader.js";
import { useNotificationPages } from "./hooks.js";
import { NotificationItem } from "./NotificationItem.js";
import { useOpenNotification } from "./useOpenNotification.js";

/** /perencanaan/notifikasi: newest first, older ones a page at a time. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const query = useNotificationPages();
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  const { open, markRead } = useOpenNotification();
  const unread = query.data?.pages[0]?.unread ?? 0;
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
          {items.length === 0 ? (
            <Text c="dimmed" p="sm">
              {t("notifications.empty")}
            </Text>
          ) : (
            <Stack gap={2}>
              {items.map((n) => (
                <NotificationItem key={n.id} item={n} onOpen={open} />
              ))}
            </Stack>
          )}
        </Card>
      )}
      {items.length > 0 && <LoadMore pages={query} shown={items.length} />}
    </Stack>
  );
}
