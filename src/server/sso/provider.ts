import * as oidc from "openid-client";
import type { SsoConfig } from "../core/config.js";

/** A phone waits on the provider while this process does: a dead provider must fail fast. */
const TIMEOUT_SECONDS = 10;

export type Provider = {
  sso: SsoConfig;
  /** The provider's metadata and our client at it, discovered on first use. */
  client: () => Promise<oidc.Configuration>;
};

/**
 * The provider is discovered (/.well-known/openid-configuration) on the first sign-in, not at
 * start: the app starts and serves password sign-ins while the provider is down. A failed
 * discovery is not kept, so the next sign-in tries again.
 */
export function providerFor(sso: SsoConfig): Provider {
  let discovered: Promise<oidc.Configuration> | null = null;
  const discover = async () => {
    const config = await oidc.discovery(
      sso.issuer,
      sso.clientId,
      { client_secret: sso.clientSecret },
      oidc.ClientSecretPost(sso.clientSecret),
      { timeout: TIMEOUT_SECONDS, ...(sso.allowHttp ? { execute: [oidc.allowInsecureRequests] } : {}) },
    );
    config.timeout = TIMEOUT_SECONDS;
    return config;
  };
  return {
    sso,
    client: () => {
      discovered ??= discover().catch((err: unknown) => {
        discovered = null;
        throw err;
      });
      return discovered;
    },
  };
}
