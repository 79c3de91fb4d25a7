/** Sign-in lock-out after repeated failures: pure so the thresholds are unit-tested. */
export type LockoutState = { failedAttempts: number; lockedUntil: Date | null };
export type LockoutPolicy = { maxFailedLogins: number; lockoutMs: number };

export function isLocked(state: LockoutState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/** After a wrong password: count it; at the threshold, lock and reset the counter. */
export function afterFailure(state: LockoutState, now: Date, policy: LockoutPolicy): LockoutState {
  // A lock that has run out starts a fresh count.
  const base = state.lockedUntil && !isLocked(state, now) ? 0 : state.failedAttempts;
  const failedAttempts = base + 1;
  if (failedAttempts >= policy.maxFailedLogins) {
    return { failedAttempts: 0, lockedUntil: new Date(now.getTime() + policy.lockoutMs) };
  }
  return { failedAttempts, lockedUntil: state.lockedUntil && isLocked(state, now) ? state.lockedUntil : null };
}

export function afterSuccess(): LockoutState {
  return { failedAttempts: 0, lockedUntil: null };
}

export const MIN_PASSWORD_LENGTH = 10;
