import { type SQL, sql } from "drizzle-orm";
import { emailOutbox, emailPreferences, people } from "../../db/schema.js";

/**
 * The outbox rows for the notifications a CTE just inserted (`returning id, person_id, kind`),
 * as a further CTE of the same statement: an e-mail exists exactly when its notification
 * committed. Only for people with an address who did not turn the kind off; whether it goes at
 * once or in the digest is decided when it is sent (a choice may change meanwhile).
 */
export function outboxFrom(cte: string): SQL {
  const n = sql.raw(cte);
  return sql`insert into ${emailOutbox} (notification_id, person_id)
    select n.id, n.person_id from ${n} n join ${people} p on p.id = n.person_id
    where coalesce(p.email, '') <> ''
      and not exists (select 1 from ${emailPreferences} ep
        where ep.person_id = n.person_id and ep.kind = n.kind and ep.mode = 'none')`;
}
