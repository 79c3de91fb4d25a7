import type { FastifyReply, FastifyRequest } from "fastify";
import * as oidc from "openid-client";
import type { Db } from "../../db/client.js";
import { type SsoClaims, type SsoRefusal, verifiedEmail } from "../../domain/auth/sso.js";
import { writeAudit } from "../core/audit.js";
import type { Config } from "../core/config.js";
import { startSession } from "../core/session.js";
import { findPersonByEmail } from "./find-person.js";
import { openFlow } from "./flow-cookie.js";
import type { Provider } from "./provider.js";

type FinishOptions = {
  db: Db;
  config: Config;
  provider: Provider;
  key: Buffer;
  req: FastifyRequest;
  reply: FastifyReply;
  /** The flow cookie set by the start, as it came back. */
  cookie: string | undefined;
  now: Date;
};

export type FinishResult = { ok: true; next: string } | { ok: false; refusal: SsoRefusal };

const refuse = (refusal: SsoRefusal): FinishResult => ({ ok: false, refusal });

/**
 * The provider's redirect back: check it answers the sign-in this browser started (state, PKCE,
 * nonce), take the e-mail the provider vouches for, find the one person of the staff data with it
 * and give them the same session a password sign-in gives. Nobody is created here: an e-mail
 * unknown to the staff data is refused. A GET that writes, by necessity: the provider redirects.
 */
export async function finishSsoSignIn(o: FinishOptions): Promise<FinishResult> {
  const flow = openFlow(o.key, o.cookie, o.now);
  const answer = new URL(o.provider.sso.redirectUri);
  answer.search = new URL(o.req.url, "http://callback").search;
  // A callback for another browser's (or an old) sign-in: refused before the provider is asked.
  if (!flow || answer.searchParams.get("state") !== flow.state) return refuse("state");

  let claims: SsoClaims & { sub: string };
  try {
    const client = await o.provider.client();
    const tokens = await oidc.authorizationCodeGrant(client, answer, {
      pkceCodeVerifier: flow.verifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const idToken = tokens.claims();
    if (!idToken) return refuse("provider");
    claims = idToken;
    // Some providers put the e-mail in the ID token (Google), others only in UserInfo.
    if (claims.email === undefined) {
      claims = { ...(await oidc.fetchUserInfo(client, tokens.access_token, idToken.sub)), sub: idToken.sub };
    }
  } catch (err) {
    if (err instanceof oidc.AuthorizationResponseError && err.error === "access_denied") return refuse("cancelled");
    o.req.log.warn({ err: errorSummary(err) }, "sso sign-in: provider error");
    return refuse("provider");
  }

  const identity = verifiedEmail(claims, o.provider.sso.allowedDomains);
  if (!identity.ok) return logged(o.req, identity.refusal, claims.sub);
  const found = await findPersonByEmail(o.db, identity.email);
  if (!found.ok) return logged(o.req, found.refusal, claims.sub);

  await o.db.transaction(async (tx) => {
    await startSession(tx, o.config, o.reply, o.req, found.personId, "oidc");
    await writeAudit(tx, {
      actorId: found.personId,
      entityType: "account",
      entityId: found.personId,
      action: "signed_in_sso",
      data: { issuer: o.provider.sso.issuer.href, subject: claims.sub, email: identity.email },
    });
  });
  return { ok: true, next: flow.next };
}

function logged(req: FastifyRequest, refusal: SsoRefusal, subject: string): FinishResult {
  req.log.warn({ refusal, subject }, "sso sign-in refused");
  return refuse(refusal);
}

/** What went wrong, without tokens or the provider's whole answer. */
function errorSummary(err: unknown) {
  if (!(err instanceof Error)) return { message: String(err) };
  return { name: err.name, message: err.message, code: (err as { code?: unknown }).code };
}
