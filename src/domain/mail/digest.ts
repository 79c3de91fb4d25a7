/**
 * The daily digest goes out at 00:00 UTC: 07:00 WIB, 08:00 WITA, 09:00 WIT — the morning in
 * every Indonesian zone. A notice chosen for the digest waits until the next such time.
 */
export const DIGEST_HOUR_UTC = 0;

export function nextDigestAt(now: Date): Date {
  const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), DIGEST_HOUR_UTC));
  if (at.getTime() <= now.getTime()) at.setUTCDate(at.getUTCDate() + 1);
  return at;
}

/** A notice older than this when the sender first sees it (mail was off, or down for days) is not mailed. */
export const MAX_MAIL_AGE_MS = 2 * 24 * 3600_000;
