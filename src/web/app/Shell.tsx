import { Anchor, AppShell, Burger, Group } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet } from "react-router-dom";
import { OfflineNotice } from "../offline/OfflineNotice.js";
import { Loading } from "../ui/Loading.js";
import { NotificationBellSlot, UserMenuSlot } from "./HeaderMenus.js";
import { LanguageSwitch } from "./LanguageSwitch.js";
import { NavMenu } from "./NavMenu.js";

/** Header + navigation; on phones the navigation slides in from the burger. */
export function Shell() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding={{ base: "sm", sm: "lg" }}
    >
      <AppShell.Header>
        <Group h="100%" px="sm" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t("nav.menu")} />
            <Anchor component={Link} to="/" fw={700} fz="xl" c="teal" underline="never">
              {t("app.name")}
            </Anchor>
          </Group>
          <Group gap={6} wrap="nowrap">
            <LanguageSwitch />
            <NotificationBellSlot />
            <UserMenuSlot />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t("nav.main")}>
        {/* Native scrolling (not Mantine's ScrollArea): less to download on every page. */}
        <AppShell.Section grow style={{ overflowY: "auto" }}>
          <NavMenu onNavigate={close} />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <div style={{ maxWidth: 1100, margin: "0 auto" }}>
          <OfflineNotice />
          {/* A page fetched on first visit: the header stays, a loader shows in the page's place. */}
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </div>
      </AppShell.Main>
    </AppShell>
  );
}
