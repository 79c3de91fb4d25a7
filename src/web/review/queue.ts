import type { z } from "zod";
import type { ZQueueItem } from "../../server/planning/contract.js";
import type { QueueStatus } from "./labels.js";

export type QueueItem = z.infer<typeof ZQueueItem>;
export type QueueFilter = "all" | "overdue" | QueueStatus;
