import type { Queryable } from "../../db/client.js";
import { notifications } from "../../db/schema.js";

/** Kinds of in-app notification; the web UI renders each in the reader's language from `data`. */
export const NOTIFICATION_KINDS = [
  "plan_submitted",
  "plan_returned",
  "plan_approved",
  "plan_agreed",
  "reopen_requested",
  "reopen_decided",
  "correction_reported",
  "correction_resolved",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Written in the same transaction as the change it announces: no notice for a change that rolled back. */
export async function notify(
  tx: Queryable,
  personIds: readonly string[],
  kind: NotificationKind,
  data: Record<string, string>,
  link: string,
): Promise<void> {
  const unique = [...new Set(personIds)];
  if (unique.length === 0) return;
  await tx.insert(notifications).values(unique.map((personId) => ({ personId, kind, data, link })));
}
