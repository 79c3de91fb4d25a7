import type { z } from "zod";
import type { ZQueueItem } from "../../server/planning/contract.js";
import type { QueueStatus } from "./labels.js";

export type QueueItem = z.infer<typeof ZQueueItem>;
export type QueueFilter = "all" | "overdue" | QueueStatus;
/** One track, or `leaders`: the KS and pengawas the Tim Kinerja and the Kepala Dinas follow. */
export type QueueTrack = "guru" | "kepala_sekolah" | "pengawas" | "leaders";
