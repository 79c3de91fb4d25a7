import { Modal } from "@mantine/core";
import type { ReactNode } from "react";
import { useFocusBackOnUnmount } from "./useFocusBack.js";
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
