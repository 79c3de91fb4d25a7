import { describe, expect, it } from "vitest";
import { afterFailure, afterSuccess, countedFailure, isLocked, lockAfter } from "../../../src/domain/auth/lockout.js";

const policy = { maxFailedLogins: 3, lockoutMs: 60_000 };
const t0 = new Date("2026-01-01T00:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("lock-out after repeated failures", () => {
  it("locks at the threshold, not before", () => {
    let s = { failedAttempts: 0, lockedUntil: null as Date | null };
    s = afterFailure(s, t0, policy);
    s = afterFailure(s, t0, policy);
    expect(isLocked(s, t0)).toBe(false);
    s = afterFailure(s, t0, policy);
    expect(isLocked(s, t0)).toBe(true);
    expect(s.lockedUntil).toEqual(at(60_000));
  });

  it("the lock runs out, and a new count starts from zero", () => {
    const locked = { failedAttempts: 0, lockedUntil: at(60_000) };
    expect(isLocked(locked, at(59_999))).toBe(true);
    expect(isLocked(locked, at(60_001))).toBe(false);
    const after = afterFailure(locked, at(61_000), policy);
    expect(after).toEqual({ failedAttempts: 1, lockedUntil: null });
  });

  it("a locked account is not counted: the lock is not extended by more attempts", () => {
    const locked = { failedAttempts: 0, lockedUntil: at(60_000) };
    expect(countedFailure(locked, at(1000))).toBeNull();
    expect(afterFailure(locked, at(1000), policy)).toEqual(locked);
  });

  it("any count at or past the threshold locks (parallel attempts may overshoot it)", () => {
    expect(lockAfter(2, t0, policy)).toBeNull();
    expect(lockAfter(3, t0, policy)).toEqual(at(60_000));
    expect(lockAfter(25, t0, policy)).toEqual(at(60_000));
  });

  it("a success clears the count", () => {
    expect(afterSuccess()).toEqual({ failedAttempts: 0, lockedUntil: null });
  });
});
