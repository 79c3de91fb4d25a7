import type { z } from "zod";
import type { ZQueueItem } from "../../server/planning/contract.js";
import type { QueueStatus } from "./labels.js";

export type QueueItem = z.infer<typeof ZQueueItem>;
export type QueueFilter = "all" | "overdue" | QueueStatus;

/** What needs me first: waiting for approval or asking to reopen, then unfinished, then done. */
const RANK: Record<QueueStatus, number> = {
  submitted: 0,
  returned: 1,
  draft: 2,
  not_started: 3,
  approved: 4,
  agreed: 5,
};

const rank = (i: QueueItem) => (i.pendingReopen ? 0 : RANK[i.status]);

export function filterQueue(items: QueueItem[], filter: QueueFilter): QueueItem[] {
  const shown = items.filter((i) => filter === "all" || (filter === "overdue" ? i.overdue : i.status === filter));
  return [...shown].sort(
    (a, b) => rank(a) - rank(b) || Number(b.overdue) - Number(a.overdue) || a.name.localeCompare(b.name, "id"),
  );
}
