/**
 * Sign-in with an OpenID provider (belajar.id): which identities the provider vouches for may sign
 * in. Pure — the server reads the claims and the staff data, these rules decide.
 */

/**
 * Why a sign-in through the provider was refused. The sign-in page reads the code from
 * `/masuk?sso=<code>` and says it in the person's language.
 */
export const SSO_REFUSALS = [
  "off", // SSO is not configured on this install
  "provider", // the provider could not be reached or answered an error
  "cancelled", // the person declined at the provider
  "state", // the callback does not belong to a sign-in started here (tampered, expired, replayed)
  "unverified", // the provider does not vouch for the e-mail
  "domain", // an e-mail outside the allowed domain(s)
  "unknown", // nobody in the staff data has this e-mail (or has no account)
  "duplicate", // more than one person has it: the staff data needs fixing first
  "disabled", // the account is disabled
] as const;
export type SsoRefusal = (typeof SSO_REFUSALS)[number];

export function isSsoRefusal(value: unknown): value is SsoRefusal {
  return typeof value === "string" && (SSO_REFUSALS as readonly string[]).includes(value);
}

/** The claims of the ID token and UserInfo that matter here. */
export type SsoClaims = { email?: unknown; email_verified?: unknown };

/** An e-mail's domain is allowed when it is one of `allowed` or a subdomain of one (guru.sd.belajar.id). */
export function domainAllowed(email: string, allowed: readonly string[]): boolean {
  const at = email.lastIndexOf("@");
  if (at < 1) return false;
  const domain = email.slice(at + 1).toLowerCase();
  return allowed.some((d) => domain === d || domain.endsWith(`.${d}`));
}

/**
 * The e-mail the provider vouches for, lower-cased, or why it does not count. Only
 * `email_verified: true` counts (some providers send the string "true"); a missing claim does not.
 */
export function verifiedEmail(
  claims: SsoClaims,
  allowed: readonly string[],
): { ok: true; email: string } | { ok: false; refusal: SsoRefusal } {
  const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : "";
  if (!email || email.length > 200) return { ok: false, refusal: "unverified" };
  if (claims.email_verified !== true && claims.email_verified !== "true") return { ok: false, refusal: "unverified" };
  if (!domainAllowed(email, allowed)) return { ok: false, refusal: "domain" };
  return { ok: true, email };
}

/**
 * Where to go after signing in: a path of this app only. Anything else ("//evil.example",
 * "https://…", "/\\evil", control characters) becomes "/", so the sign-in is no open redirect.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || value.length > 500) return "/";
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return "/";
  return value;
}
