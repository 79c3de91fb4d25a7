import { lazy, Suspense, useState } from "react";
import { BellButton } from "../planning/notifications/BellButton.js";
import { withArea } from "./area.js";
import { UserButton } from "./UserButton.js";

// The account menu and the notification list need Mantine's Menu and Popover (floating-ui, about
// 35 KB gzip). The header shows their buttons at once; the code comes on the first tap (or as
// the finger or focus reaches the button) and the menu opens when it arrives.
const loadUserMenu = withArea(() => import("./UserMenu.js"));
const loadBell = withArea(() => import("../planning/notifications/NotificationBell.js"));
const UserMenu = lazy(() => loadUserMenu().then((m) => ({ default: m.UserMenu })));
const NotificationBell = lazy(() => loadBell().then((m) => ({ default: m.NotificationBell })));

const prefetch = (load: () => Promise<unknown>) => () => void load().catch(() => undefined);

export function UserMenuSlot() {
  const [wanted, setWanted] = useState(false);
  const stand = (
    <UserButton
      onClick={() => setWanted(true)}
      onPointerEnter={prefetch(loadUserMenu)}
      onFocus={prefetch(loadUserMenu)}
    />
  );
  if (!wanted) return stand;
  return (
    <Suspense fallback={stand}>
      <UserMenu defaultOpened />
    </Suspense>
  );
}

export function NotificationBellSlot() {
  const [wanted, setWanted] = useState(false);
  const stand = (
    <BellButton onClick={() => setWanted(true)} onPointerEnter={prefetch(loadBell)} onFocus={prefetch(loadBell)} />
  );
  if (!wanted) return stand;
  return (
    <Suspense fallback={stand}>
      <NotificationBell defaultOpened />
    </Suspense>
  );
}
