import { NavLink, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router-dom";
import {
  isDistrictAdmin,
  PATHS,
  showsDashboard,
  showsMine,
  showsResults,
  showsStaff,
  showsTimKinerja,
} from "./access.js";
import { useSession } from "./session.js";

/** `onNavigate` closes the phone menu after following a link. */
export function NavMenu({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const me = useSession();
  const { pathname } = useLocation();
  const active = (path: string) => pathname === path || pathname.startsWith(`${path}/`);
  const districtAdmin = isDistrictAdmin(me);
  const adminItems = [
    { path: PATHS.schools, label: t("admin.schools"), show: true },
    { path: PATHS.people, label: t("admin.people"), show: districtAdmin },
    { path: PATHS.assignments, label: t("admin.assignments"), show: districtAdmin },
    { path: PATHS.timKinerja, label: t("admin.timKinerja"), show: districtAdmin },
    { path: PATHS.periods, label: t("admin.periods"), show: districtAdmin },
    { path: PATHS.import, label: t("admin.import"), show: districtAdmin },
    { path: PATHS.corrections, label: t("admin.corrections"), show: true },
    { path: PATHS.reopenRequests, label: t("admin.reopenRequests"), show: districtAdmin },
    { path: PATHS.remindersSent, label: t("admin.remindersSent"), show: districtAdmin },
    { path: PATHS.rapor, label: t("admin.rapor"), show: true },
  ].filter((i) => i.show);

  // The person's own pages and those of their hats, in menu order; each shown only to who may use it.
  const items = [
    { path: PATHS.mine, label: t("nav.mine"), show: showsMine(me) },
    { path: PATHS.dashboard, label: t("nav.dashboard"), show: showsDashboard(me) },
    { path: PATHS.staff, label: t("nav.staff"), show: showsStaff(me) },
    { path: PATHS.reviewQueue, label: t("review.title"), show: showsStaff(me) },
    { path: PATHS.timKinerjaWorkspace, label: t("nav.timKinerja"), show: showsTimKinerja(me) },
    { path: PATHS.observations, label: t("nav.observations"), show: showsStaff(me) },
    { path: PATHS.results, label: t("nav.results"), show: showsResults(me) },
    { path: PATHS.rubrics, label: t("nav.rubrics"), show: true },
  ].filter((i) => i.show);
  const link = (item: { path: string; label: string }) => (
    <NavLink
      key={item.path}
      component={Link}
      to={item.path}
      label={item.label}
      onClick={onNavigate}
      active={active(item.path)}
    />
  );

  // Inside AppShell.Navbar, which is the one <nav> landmark (named there).
  return (
    <div>
      {items.map(link)}
      {me.canAdmin && (
        <>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt="md" mb={4} px="sm">
            {t(districtAdmin ? "nav.admin" : "nav.schoolAdmin")}
          </Text>
          {adminItems.map(link)}
        </>
      )}
    </div>
  );
}
