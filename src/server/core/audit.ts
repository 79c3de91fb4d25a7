import type { Queryable } from "../../db/client.js";
import { auditEvents } from "../../db/schema.js";

export type AuditInput = {
  actorId: string | null;
  actingAs?: string;
  entityType: string;
  entityId: string;
  action: string;
  fromState?: string | null;
  toState?: string | null;
  reason?: string | null;
  data?: Record<string, unknown>;
};

/** Call inside the same transaction as the change it records. */
export async function writeAudit(tx: Queryable, e: AuditInput): Promise<void> {
  await tx.insert(auditEvents).values({
    actorId: e.actorId,
    actingAs: e.actingAs ?? "",
    entityType: e.entityType,
    entityId: e.entityId,
    action: e.action,
    fromState: e.fromState ?? null,
    toState: e.toState ?? null,
    reason: e.reason ?? null,
    data: e.data ?? {},
  });
}

/** Many events in one statement (an import touching many entities); inside the change's transaction. */
export async function writeAudits(tx: Queryable, events: AuditInput[]): Promise<void> {
  if (events.length === 0) return;
  await tx.insert(auditEvents).values(
    events.map((e) => ({
      actorId: e.actorId,
      actingAs: e.actingAs ?? "",
      entityType: e.entityType,
      entityId: e.entityId,
      action: e.action,
      fromState: e.fromState ?? null,
      toState: e.toState ?? null,
      reason: e.reason ?? null,
      data: e.data ?? {},
    })),
  );
}
