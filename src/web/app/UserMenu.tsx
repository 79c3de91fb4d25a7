import { Badge, Group, Menu, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import { useLogout } from "../auth/hooks.js";
import { PATHS } from "./access.js";
import { ColorSchemeItems } from "./ColorSchemeItems.js";
import { useSession } from "./session.js";
import { UserButton } from "./UserButton.js";

/** Loaded on the first tap of the account button (HeaderMenus.tsx), so it opens at once. */
export function UserMenu({ defaultOpened = false }: { defaultOpened?: boolean }) {
  const { t } = useTranslation();
  const me = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const signOut = () => logout.mutate(undefined, { onSettled: () => navigate(PATHS.signIn, { replace: true }) });

  return (
    // Drawn inside the header (no portal), so the open menu stays within the page's banner landmark.
    <Menu position="bottom-end" width={260} shadow="md" defaultOpened={defaultOpened} withinPortal={false}>
      <Menu.Target>
        <UserButton />
      </Menu.Target>
      <Menu.Dropdown>
        {/* A menu holds only items and groups: who is signed in is a group named by the person. */}
        <Stack gap={6} p="xs" role="group" aria-label={me.person.name}>
          <Text fw={600} size="sm">
            {me.person.name}
          </Text>
          <Group gap={4} role="group" aria-label={t("user.roles")}>
            {me.roles.map((r) => (
              <Badge key={r} size="sm" variant="light">
                {t(`role.${r}`)}
              </Badge>
            ))}
          </Group>
        </Stack>
        <Menu.Divider />
        <Menu.Item component={Link} to={PATHS.emailSettings}>
          {t("user.emailSettings")}
        </Menu.Item>
        <Menu.Item component={Link} to={PATHS.changePassword}>
          {t("user.changePassword")}
        </Menu.Item>
        <Menu.Divider />
        <ColorSchemeItems />
        <Menu.Divider />
        {/* `c`, not `color`: Mantine draws a menu item's colour with shade 6, unreadable on dark. */}
        <Menu.Item c="red" onClick={signOut} disabled={logout.isPending}>
          {t("user.logout")}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
