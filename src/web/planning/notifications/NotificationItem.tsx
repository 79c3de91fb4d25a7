import { Box, Group, Stack, Text, UnstyledButton } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ago, type Notification, notificationText } from "./text.js";

type Props = { item: Notification; onOpen: (n: Notification) => void };

/** One notification: unread ones are bold with a dot. */
export function NotificationItem({ item, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const unread = item.readAt === null;
  return (
    <UnstyledButton onClick={() => onOpen(item)} w="100%" p="xs" style={{ borderRadius: 8 }} data-unread={unread}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Box
          mt={6}
          w={8}
          h={8}
          style={{ borderRadius: 4, flexShrink: 0 }}
          bg={unread ? "teal.6" : "transparent"}
          // A dot that means something: an image with a name (a bare <div> may not carry aria-label).
          role={unread ? "img" : undefined}
          aria-label={unread ? t("notifications.unread") : undefined}
        />
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text size="sm" fw={unread ? 600 : 400} style={{ overflowWrap: "anywhere" }}>
            {notificationText(t, item)}
          </Text>
          <Text size="xs" c="dimmed">
            {ago(item.createdAt, i18n.language) ?? t("notifications.justNow")}
          </Text>
        </Stack>
      </Group>
    </UnstyledButton>
  );
}
