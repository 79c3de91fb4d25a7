import { ActionIcon, Indicator } from "@mantine/core";
import type { ComponentPropsWithRef } from "react";
import { useTranslation } from "react-i18next";
import { useNotifications } from "./hooks.js";

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

type Props = Omit<ComponentPropsWithRef<"button">, "onClick"> & { onClick: () => void };

/**
 * The header bell with the unread count: NotificationBell's trigger, and its stand-in until that is
 * loaded. The button is the outer element, so the popover's aria-expanded lands on a button.
 */
export function BellButton({ onClick, ...rest }: Props) {
  const { t } = useTranslation();
  const unread = useNotifications().data?.unread ?? 0;
  const shown = unread > 99 ? "99+" : unread;
  return (
    <ActionIcon
      variant="subtle"
      color="gray"
      size={40}
      onClick={onClick}
      aria-label={t("notifications.bell", { n: shown })}
      {...rest}
    >
      <Indicator label={shown} size={18} disabled={unread === 0} color="red" offset={-2}>
        <BellIcon />
      </Indicator>
    </ActionIcon>
  );
}
