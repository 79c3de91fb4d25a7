import type { TFunction } from "i18next";
import type { z } from "zod";
import type { ZNotification } from "../../../server/notifications/contract.js";

export type Notification = z.infer<typeof ZNotification>;

/** The server stores a kind and its data; the text is written here, in the reader's language. */
export function notificationText(t: TFunction, n: Notification): string {
  const name = n.data.name ?? t("notifications.someone");
  switch (n.kind) {
    // A practice document's request carries its kind; a plan's does not.
    case "reopen_requested":
      return n.data.document
        ? t("notifications.kind.reopen_requested_document", { name })
        : t("notifications.kind.reopen_requested", { name });
    case "reopen_decided": {
      const of = n.data.document ? "_document" : "";
      return n.data.decision === "approved"
        ? t(`notifications.kind.reopen_approved${of}`, { name })
        : t(`notifications.kind.reopen_refused${of}`, { name });
    }
    // A deadline's phase is a key; its dates and counts are filled in as they were sent.
    case "deadline_reminder":
    case "deadline_escalation": {
      const params = { ...n.data, phase: t(`notifications.phase.${n.data.phase as "perencanaan"}`) };
      if (n.kind === "deadline_escalation") return t("notifications.kind.deadline_escalation", params);
      return n.data.role === "superior"
        ? t("notifications.kind.deadline_reminder_superior", params)
        : t("notifications.kind.deadline_reminder_owner", params);
    }
    default:
      return t(`notifications.kind.${n.kind}`, { name });
  }
}

/** "5 menit yang lalu" / "5 minutes ago"; null for under a minute ("baru saja"). */
export function ago(iso: string, lang: string, now = Date.now()): string | null {
  const rtf = new Intl.RelativeTimeFormat(lang === "en" ? "en" : "id", { numeric: "auto" });
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  const steps: [Intl.RelativeTimeFormatUnit, number][] = [
    ["day", 86_400],
    ["hour", 3_600],
    ["minute", 60],
  ];
  for (const [unit, size] of steps) if (Math.abs(seconds) >= size) return rtf.format(Math.round(seconds / size), unit);
  return null;
}
