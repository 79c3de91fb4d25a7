import { sql } from "drizzle-orm";
import type { Queryable } from "../../db/client.js";
import { notifications } from "../../db/schema.js";
import { outboxFrom } from "../mail/outbox-sql.js";

// The kinds live apart so the contract (and the browser bundle) can use them without the database.
import { NOTIFICATION_KINDS, type NotificationKind } from "./kinds.js";

export { NOTIFICATION_KINDS, type NotificationKind };

/**
 * Written in the same transaction as the change it announces: no notice for a change that rolled
 * back. Its e-mail's outbox row is written by the same statement (`outboxFrom`).
 */
export async function notify(
  tx: Queryable,
  personIds: readonly string[],
  kind: NotificationKind,
  data: Record<string, string>,
  link: string,
): Promise<void> {
  const unique = [...new Set(personIds)];
  if (unique.length === 0) return;
  await tx.execute(sql`with notice as (insert into ${notifications} (person_id, kind, data, link)
      select r.person_id, ${kind}, ${JSON.stringify(data)}::jsonb, ${link}
      from unnest(${`{${unique.join(",")}}`}::uuid[]) with ordinality as r(person_id, ord) order by r.ord
      returning id, person_id, kind)
    ${outboxFrom("notice")}`);
}
