import { Avatar, Badge, Group, Menu, Stack, Text, UnstyledButton } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import { useLogout } from "../auth/hooks.js";
import { PATHS } from "./access.js";
import { useSession } from "./session.js";

function initials(name: string): string {
  const parts = name.replace(/,.*$/, "").split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? "") + (parts[1]?.[0] ?? "")).toUpperCase();
}

export function UserMenu() {
  const { t } = useTranslation();
  const me = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const signOut = () => logout.mutate(undefined, { onSettled: () => navigate(PATHS.signIn, { replace: true }) });

  return (
    <Menu position="bottom-end" width={260} shadow="md">
      <Menu.Target>
        <UnstyledButton aria-label={t("user.menu")}>
          <Group gap={6} wrap="nowrap">
            <Avatar color="teal" radius="xl" size={36}>
              {initials(me.person.name)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="sm" maw={160} truncate>
              {me.person.name}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Stack gap={6} p="xs">
          <Text fw={600} size="sm">
            {me.person.name}
          </Text>
          <Group gap={4} aria-label={t("user.roles")}>
            {me.roles.map((r) => (
              <Badge key={r} size="sm" variant="light">
                {t(`role.${r}`)}
              </Badge>
            ))}
          </Group>
        </Stack>
        <Menu.Divider />
        <Menu.Item component={Link} to={PATHS.changePassword}>
          {t("user.changePassword")}
        </Menu.Item>
        <Menu.Item color="red" onClick={signOut} disabled={logout.isPending}>
          {t("user.logout")}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
