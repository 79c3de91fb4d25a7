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

/** An audit event's row, its optional parts filled in: for `writeAudit` and the guarded writes' CTE. */
export function auditRow<E extends Omit<AuditInput, "entityId"> & { entityId: string | null }>(e: E) {
  return {
    actorId: e.actorId,
    actingAs: e.actingAs ?? "",
    entityType: e.entityType,
    entityId: e.entityId as E["entityId"],
    action: e.action,
    fromState: e.fromState ?? null,
    toState: e.toState ?? null,
    reason: e.reason ?? null,
    data: e.data ?? {},
  };
}

/** Call inside the same transaction as the change it records. */
export async function writeAudit(tx: Queryable, e: AuditInput): Promise<void> {
  await tx.insert(auditEvents).values(auditRow(e));
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
