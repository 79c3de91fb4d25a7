import { useNavigate } from "react-router-dom";
import { useMarkRead } from "./hooks.js";
import type { Notification } from "./text.js";

/** Opening a notification marks it read and follows its link (an in-app path from the server). */
export function useOpenNotification(after?: () => void) {
  const navigate = useNavigate();
  const markRead = useMarkRead();
  return {
    markRead,
    open: (n: Notification) => {
      if (n.readAt === null) markRead.mutate([n.id]);
      after?.();
      if (n.link.startsWith("/")) navigate(n.link);
    },
  };
}
