import { ActionIcon, Anchor, Button, Divider, Group, Indicator, Popover, ScrollArea, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { PATHS } from "../../app/access.js";
import { useNotifications } from "./hooks.js";
import { NotificationItem } from "./NotificationItem.js";
import { useOpenNotification } from "./useOpenNotification.js";

function BellIcon() {
  return (
    <svg
      width="22"
      height="22"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** The header bell: unread count, the latest notifications, "Tandai semua dibaca". */
export function NotificationBell() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const query = useNotifications();
  const { open, markRead } = useOpenNotification(close);
  const unread = query.data?.unread ?? 0;
  const items = query.data?.items.slice(0, 10) ?? [];
  return (
    <Popover opened={opened} onChange={(o) => !o && close()} position="bottom-end" width={320} shadow="md" withinPortal>
      <Popover.Target>
        <Indicator label={unread > 99 ? "99+" : unread} size={18} disabled={unread === 0} color="red" offset={4}>
          <ActionIcon
            variant="subtle"
            color="gray"
            size={40}
            onClick={toggle}
            aria-label={t("notifications.bell", { count: unread })}
          >
            <BellIcon />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p="xs" maw="calc(100vw - 16px)">
        <Group justify="space-between" px="xs" pb={4} gap="xs">
          <Text fw={700} size="sm">
            {t("notifications.title")}
          </Text>
          {unread > 0 && (
            <Button variant="subtle" size="compact-xs" onClick={() => markRead.mutate(undefined)}>
              {t("notifications.markAll")}
            </Button>
          )}
        </Group>
        <Divider />
        <ScrollArea.Autosize mah={360} type="auto">
          <Stack gap={2} py={4}>
            {items.length === 0 && (
              <Text size="sm" c="dimmed" p="xs">
                {t("notifications.empty")}
              </Text>
            )}
            {items.map((n) => (
              <NotificationItem key={n.id} item={n} onOpen={open} />
            ))}
          </Stack>
        </ScrollArea.Autosize>
        <Divider />
        <Anchor component={Link} to={PATHS.notifications} onClick={close} size="sm" display="block" ta="center" p="xs">
          {t("notifications.seeAll")}
        </Anchor>
      </Popover.Dropdown>
    </Popover>
  );
}
