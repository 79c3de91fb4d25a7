import { type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { Queryable } from "../../db/client.js";
import { auditEvents, notifications } from "../../db/schema.js";
import { outboxFrom } from "../mail/outbox-sql.js";
import type { NotificationKind } from "../notifications/kinds.js";
import type { AuditInput } from "./audit.js";

export type Notice = { to: readonly string[]; kind: NotificationKind; data: Record<string, string>; link: string };

export type Effects = {
  /** `entityId: null` records the changed row's own id (a row the statement creates). */
  audit?: Omit<AuditInput, "entityId"> & { entityId: string | null };
  notices?: readonly Notice[];
  /** Further writes that happen only with the change; each must say `… and exists (select 1 from changed)`. */
  also?: readonly SQL[];
};

/**
 * A guarded change (an UPDATE … WHERE version = read RETURNING id) with its audit event, its
 * notifications and follow-up writes, as ONE statement of data-modifying CTEs: atomic like a
 * transaction (a statement commits whole or not at all) without BEGIN and COMMIT round trips,
 * and nothing is recorded or announced unless the guard matched. Answers the changed row's id, or
 * null when the guard matched nothing.
 */
export async function writeGuarded(db: Queryable, change: SQLWrapper, effects: Effects): Promise<string | null> {
  // Drizzle parenthesises an embedded query itself.
  const parts: SQL[] = [sql`changed as ${change}`];
  const a = effects.audit;
  if (a) {
    parts.push(sql`audit as (insert into ${auditEvents} (actor_id, acting_as, entity_type, entity_id, action,
      from_state, to_state, reason, data)
      select ${a.actorId}::uuid, ${a.actingAs ?? ""}, ${a.entityType}, coalesce(${a.entityId}::text, changed.id::text), ${a.action},
        ${a.fromState ?? null}::text, ${a.toState ?? null}::text, ${a.reason ?? null}::text,
        ${JSON.stringify(a.data ?? {})}::jsonb
      from changed)`);
  }
  (effects.notices ?? []).forEach((n, i) => {
    const to = [...new Set(n.to)];
    if (to.length === 0) return;
    // One row per recipient, in the order given (the seq column keeps insertion order).
    parts.push(sql`${sql.raw(`notice_${i}`)} as (insert into ${notifications} (person_id, kind, data, link)
      select r.person_id, ${n.kind}, ${JSON.stringify(n.data)}::jsonb, ${n.link}
      from changed, unnest(${`{${to.join(",")}}`}::uuid[]) with ordinality as r(person_id, ord) order by r.ord
      returning id, person_id, kind)`);
    // Its e-mail, committed with it or not at all (src/server/mail/).
    parts.push(sql`${sql.raw(`mail_${i}`)} as (${outboxFrom(`notice_${i}`)})`);
  });
  (effects.also ?? []).forEach((s, i) => {
    parts.push(sql`${sql.raw(`also_${i}`)} as (${s})`);
  });
  const { rows } = await db.execute<{ id: string }>(sql`with ${sql.join(parts, sql`, `)} select id from changed`);
  return rows[0]?.id ?? null;
}
