import * as oidc from "openid-client";
import { safeReturnPath } from "../../domain/auth/sso.js";
import { FLOW_TTL_MS, type Flow, sealFlow } from "./flow-cookie.js";
import type { Provider } from "./provider.js";

type StartOptions = { provider: Provider; key: Buffer; next: unknown; now: Date };

/**
 * The address at the provider to send the browser to (authorization code flow with PKCE, state
 * and nonce) and the sealed flow cookie that must come back with the answer. Writes nothing.
 */
export async function startSsoSignIn({ provider, key, next, now }: StartOptions) {
  const client = await provider.client();
  const flow: Flow = {
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
    verifier: oidc.randomPKCECodeVerifier(),
    next: safeReturnPath(next),
    expiresAt: now.getTime() + FLOW_TTL_MS,
  };
  const url = oidc.buildAuthorizationUrl(client, {
    redirect_uri: provider.sso.redirectUri,
    scope: "openid email profile",
    code_challenge: await oidc.calculatePKCECodeChallenge(flow.verifier),
    code_challenge_method: "S256",
    state: flow.state,
    nonce: flow.nonce,
  });
  return { url: url.href, cookie: sealFlow(key, flow) };
}
