/** Sign-in lock-out after repeated failures: pure so the thresholds are unit-tested. */
export type LockoutState = { failedAttempts: number; lockedUntil: Date | null };
export type LockoutPolicy = { maxFailedLogins: number; lockoutMs: number };

export function isLocked(state: LockoutState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/**
 * The count after one more wrong password. A locked account is not counted (the lock already
 * stands); a lock that has run out starts a fresh count. The server does this in one atomic
 * UPDATE (`countFailure` in src/server/auth/failed-sign-in.ts) so parallel attempts all count.
 */
export function countedFailure(state: LockoutState, now: Date): number | null {
  if (isLocked(state, now)) return null;
  return state.lockedUntil === null ? state.failedAttempts + 1 : 1;
}

/** Given the atomically counted failures: lock until when, or not at all. */
export function lockAfter(failedAttempts: number, now: Date, policy: LockoutPolicy): Date | null {
  return failedAttempts >= policy.maxFailedLogins ? new Date(now.getTime() + policy.lockoutMs) : null;
}

/** After a wrong password: count it; at the threshold, lock and reset the counter. */
export function afterFailure(state: LockoutState, now: Date, policy: LockoutPolicy): LockoutState {
  const counted = countedFailure(state, now);
  if (counted === null) return state;
  const until = lockAfter(counted, now, policy);
  return until ? { failedAttempts: 0, lockedUntil: until } : { failedAttempts: counted, lockedUntil: null };
}

export function afterSuccess(): LockoutState {
  return { failedAttempts: 0, lockedUntil: null };
}

export const MIN_PASSWORD_LENGTH = 10;
