import { setImmediate } from "node:timers/promises";

/**
 * A district-wide refresh computes over ~100,000 cycles on the server's one event loop. Awaiting
 * this every few thousand items lets the requests that arrived meanwhile run in between, so the
 * hourly job slows sign-ins by milliseconds instead of stalling them for seconds.
 */
export const ITEMS_PER_SLICE = 2_000;

export function breather(): Promise<void> {
  return setImmediate();
}
