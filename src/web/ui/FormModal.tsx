import { Modal } from "@mantine/core";
import { type ReactNode, useEffect, useState } from "react";
import { useIsDesktop } from "./useIsDesktop.js";

type Props = { opened: boolean; onClose: () => void; title: string; children: ReactNode; size?: string };

/** A dialog that takes the whole screen on a phone, where a floating box would be cramped. */
export function FormModal({ opened, onClose, title, children, size = "lg" }: Props) {
  const desktop = useIsDesktop();
  useFocusBackOnUnmount();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      fullScreen={!desktop}
      size={size}
      radius={desktop ? "md" : 0}
    >
      {children}
    </Modal>
  );
}

/**
 * Most dialogs are shown by mounting them (`{editing && <EditModal … />}`) and closed by unmounting,
 * so Mantine's own return of focus (when `opened` turns false) never runs and a keyboard user is left
 * at the top of the page. The element focused when the dialog first rendered gets focus back.
 */
function useFocusBackOnUnmount(): void {
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(
    () => () => {
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (lost && opener?.isConnected) opener.focus();
    },
    [opener],
  );
}
