/** A message that failed this many times is given up (about a day and a half of tries in all). */
export const MAX_ATTEMPTS = 8;
const BASE_MS = 60_000;
const CAP_MS = 6 * 3600_000;

/**
 * When to try again after the `attempts`-th failure: 1, 2, 4, 8 … minutes, at most 6 hours; null
 * when it is time to give up. A permanent refusal (an SMTP 5xx: no such mailbox) is not retried.
 */
export function nextAttemptDelay(attempts: number, permanent: boolean): number | null {
  if (permanent || attempts >= MAX_ATTEMPTS) return null;
  return Math.min(CAP_MS, BASE_MS * 2 ** Math.max(0, attempts - 1));
}

/** An SMTP reply code of 5xx is permanent; 4xx, a dropped connection or a timeout may pass. */
export function isPermanentSmtpError(err: unknown): boolean {
  const code = (err as { responseCode?: unknown })?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}
