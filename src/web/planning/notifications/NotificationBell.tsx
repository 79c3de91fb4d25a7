import { Anchor, Box, Button, Divider, Group, Popover, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { PATHS } from "../../app/access.js";
import { BellButton } from "./BellButton.js";
import { useNotifications } from "./hooks.js";
import { NotificationItem } from "./NotificationItem.js";
import { useOpenNotification } from "./useOpenNotification.js";

/**
 * The header bell: unread count, the latest notifications, "Tandai semua dibaca". Loaded on the
 * first tap of the bell (HeaderMenus.tsx), so it opens at once.
 */
export function NotificationBell({ defaultOpened = false }: { defaultOpened?: boolean }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(defaultOpened);
  const query = useNotifications();
  const { open, markRead } = useOpenNotification(close);
  const unread = query.data?.unread ?? 0;
  const items = query.data?.items.slice(0, 10) ?? [];
  return (
    // Drawn inside the header (no portal), so the open list stays within the page's banner landmark.
    <Popover
      opened={opened}
      onChange={(o) => !o && close()}
      position="bottom-end"
      width={320}
      shadow="md"
      withinPortal={false}
    >
      <Popover.Target>
        <BellButton onClick={toggle} />
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
        {/* Native scrolling: Mantine's ScrollArea would add ~30 KB to every page's first download. */}
        <Box mah={360} style={{ overflowY: "auto" }}>
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
        </Box>
        <Divider />
        <Anchor component={Link} to={PATHS.notifications} onClick={close} size="sm" display="block" ta="center" p="xs">
          {t("notifications.seeAll")}
        </Anchor>
      </Popover.Dropdown>
    </Popover>
  );
}
