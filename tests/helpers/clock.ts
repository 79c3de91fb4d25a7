import { DEFAULT_TIME_ZONE, dateInZone } from "../../src/domain/time/today.js";
import { type Clock, systemClock } from "../../src/server/core/clock.js";

/**
 * The clock server tests run on unless they pass their own (a fixed one, to test a date
 * boundary). The real time: session expiry and lock-out tests move real timestamps.
 */
export const testClock: Clock = systemClock;
export const testNow = (): Date => testClock.now();

/** "Today" in a test district (WIB, the default zone). */
export function testToday(): string {
  return dateInZone(testNow(), DEFAULT_TIME_ZONE);
}
