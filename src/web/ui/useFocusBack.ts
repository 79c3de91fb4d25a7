import { useEffect, useState } from "react";

/**
 * Most dialogs are shown by mounting them (`{editing && <EditModal … />}`) and closed by unmounting,
 * so Mantine's own return of focus (when `opened` turns false) never runs and a keyboard user is left
 * at the top of the page. The element focused when the dialog first rendered gets focus back.
 */
export function useFocusBackOnUnmount(): void {
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(
    () => () => {
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (lost && opener?.isConnected) opener.focus();
    },
    [opener],
  );
}
