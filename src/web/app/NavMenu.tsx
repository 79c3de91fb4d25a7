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
    { path: PATHS.rapor, label: t("admin.rapor"), show: true },
  ].filter((i) => i.show);

  return (
    <nav>
      {showsMine(me) && (
        <NavLink
          component={Link}
          to={PATHS.mine}
          label={t("nav.mine")}
          onClick={onNavigate}
          active={active(PATHS.mine)}
        />
      )}
      {showsDashboard(me) && (
        <NavLink
          component={Link}
          to={PATHS.dashboard}
          label={t("nav.dashboard")}
          onClick={onNavigate}
          active={active(PATHS.dashboard)}
        />
      )}
      {showsStaff(me) && (
        <NavLink
          component={Link}
          to={PATHS.staff}
          label={t("nav.staff")}
          onClick={onNavigate}
          active={active(PATHS.staff)}
        />
      )}
      {showsStaff(me) && (
        <NavLink
          component={Link}
          to={PATHS.reviewQueue}
          label={t("review.title")}
          onClick={onNavigate}
          active={active(PATHS.reviewQueue)}
        />
      )}
      {showsTimKinerja(me) && (
        <NavLink
          component={Link}
          to={PATHS.timKinerjaWorkspace}
          label={t("nav.timKinerja")}
          onClick={onNavigate}
          active={active(PATHS.timKinerjaWorkspace)}
        />
      )}
      {showsStaff(me) && (
        <NavLink
          component={Link}
          to={PATHS.observations}
          label={t("nav.observations")}
          onClick={onNavigate}
          active={active(PATHS.observations)}
        />
      )}
      {showsResults(me) && (
        <NavLink
          component={Link}
          to={PATHS.results}
          label={t("nav.results")}
          onClick={onNavigate}
          active={active(PATHS.results)}
        />
      )}
      <NavLink
        component={Link}
        to={PATHS.rubrics}
        label={t("nav.rubrics")}
        onClick={onNavigate}
        active={active(PATHS.rubrics)}
      />
      {me.canAdmin && (
        <>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt="md" mb={4} px="sm">
            {t("nav.admin")}
          </Text>
          {adminItems.map((item) => (
            <NavLink
              key={item.path}
              component={Link}
              to={item.path}
              label={item.label}
              onClick={onNavigate}
              active={active(item.path)}
            />
          ))}
        </>
      )}
    </nav>
  );
}
