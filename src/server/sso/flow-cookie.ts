import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { z } from "zod";

/**
 * What a sign-in through the provider must remember between leaving for the provider and coming
 * back: the PKCE verifier, state, nonce and where to go afterwards. Kept in the browser as a
 * short-lived cookie signed with a key derived from the client secret, so the start writes nothing
 * and any node (they share the secret) can finish what another node started.
 */
export const FLOW_COOKIE = "kinerja_oidc";
/** Only the callback reads it. */
export const FLOW_COOKIE_PATH = "/api/auth/oidc";
/** Time to sign in at the provider (a password, perhaps a second factor). */
export const FLOW_TTL_MS = 10 * 60_000;

const ZFlow = z.object({
  state: z.string().min(1).max(200),
  nonce: z.string().min(1).max(200),
  verifier: z.string().min(1).max(200),
  next: z.string().max(500),
  expiresAt: z.number().int(),
});
export type Flow = z.infer<typeof ZFlow>;

export function flowKey(clientSecret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", clientSecret, "kinerja", "oidc-flow-cookie", 32));
}

const mac = (key: Buffer, body: string) => createHmac("sha256", key).update(body).digest("base64url");

export function sealFlow(key: Buffer, flow: Flow): string {
  const body = Buffer.from(JSON.stringify(flow)).toString("base64url");
  return `${body}.${mac(key, body)}`;
}

/** The flow, or null when the cookie is missing, forged, altered or expired. */
export function openFlow(key: Buffer, value: string | undefined, now: Date): Flow | null {
  if (!value || value.length > 2000) return null;
  const [body, sig, extra] = value.split(".");
  if (!body || !sig || extra !== undefined) return null;
  const expected = Buffer.from(mac(key, body));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const flow = ZFlow.safeParse(parsed);
  if (!flow.success || flow.data.expiresAt <= now.getTime()) return null;
  return flow.data;
}
