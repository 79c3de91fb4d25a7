import { sql } from "drizzle-orm";
import { sessions } from "../../db/schema.js";
import type { SessionRider } from "../core/session.js";
import { type QueueShape, queueAnswer } from "./queue-statement.js";

/**
 * The queue's first page as the web first asks for it (no search, cursor, track or filter; 50 rows):
 * it rides in the session's statement (`SessionRider`), the viewer being the session's person.
 * `planningQueue` uses what rode only for a request of exactly this shape.
 */
export const RIDING_SHAPE: QueueShape = {
  search: false,
  cursor: false,
  track: false,
  filter: false,
  limit: 51,
  rare: false,
};
export const queueRider: SessionRider = {
  name: "planning_queue",
  fields: { answer: queueAnswer(RIDING_SHAPE, () => sql`${sessions.personId}`) },
  values: (req) => {
    const q = req.query as Record<string, unknown>;
    const plain = Object.entries(q).every(
      ([k, v]) =>
        (k === "filter" && v === "all") ||
        (k === "limit" && v === String(RIDING_SHAPE.limit - 1)) ||
        (k === "q" && v === ""),
    );
    return plain ? {} : null;
  },
};
