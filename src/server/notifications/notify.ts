import type { Queryable } from "../../db/client.js";
import { notifications } from "../../db/schema.js";

// The kinds live apart so the contract (and the browser bundle) can use them without the database.
import { NOTIFICATION_KINDS, type NotificationKind } from "./kinds.js";

export { NOTIFICATION_KINDS, type NotificationKind };

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
