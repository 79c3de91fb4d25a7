import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { SsoRefusal } from "../../domain/auth/sso.js";
import type { Config } from "../core/config.js";
import { route } from "../core/route.js";
import type { FeatureDeps } from "../features.js";
import * as c from "./contract.js";
import { finishSsoSignIn } from "./finish-sign-in.js";
import { FLOW_COOKIE, FLOW_COOKIE_PATH, FLOW_TTL_MS, flowKey } from "./flow-cookie.js";
import { providerFor } from "./provider.js";
import { startSsoSignIn } from "./start-sign-in.js";

/** The web app's sign-in page (PATHS.signIn in src/web/app/access.ts), which explains `?sso=`. */
const SIGN_IN_PAGE = "/masuk";
/** As the password sign-in: slows a script without hindering a school behind one address. */
const RATE_LIMIT = { rateLimit: { max: 30, timeWindow: "1 minute" } };

const refused = (reply: FastifyReply, refusal: SsoRefusal) =>
  reply.redirect(`${SIGN_IN_PAGE}?sso=${encodeURIComponent(refusal)}`);

/** Sign-in with belajar.id (OpenID Connect). Always registered; without OIDC_ISSUER they say "off". */
export function ssoRoutes(app: FastifyInstance, { config, database, clock }: FeatureDeps): void {
  const provider = config.sso ? providerFor(config.sso) : null;
  const key = config.sso ? flowKey(config.sso.clientSecret) : null;

  route(app, c.ssoOptions, async () => ({ enabled: provider !== null, name: config.sso?.name ?? null }));

  route(
    app,
    c.oidcStart,
    async ({ query, req, reply }) => {
      if (!provider || !key) return refused(reply, "off");
      try {
        const { url, cookie } = await startSsoSignIn({ provider, key, next: query.next, now: clock.now() });
        reply.setCookie(FLOW_COOKIE, cookie, { ...flowCookieOptions(config, req), maxAge: FLOW_TTL_MS / 1000 });
        return reply.redirect(url);
      } catch (err) {
        req.log.warn({ err: { message: (err as Error).message } }, "sso sign-in: provider unreachable");
        return refused(reply, "provider");
      }
    },
    RATE_LIMIT,
  );

  route(
    app,
    c.oidcCallback,
    async ({ req, reply }) => {
      if (!provider || !key) return refused(reply, "off");
      const cookie = req.cookies[FLOW_COOKIE];
      // One use only, whatever the outcome.
      reply.clearCookie(FLOW_COOKIE, flowCookieOptions(config, req));
      const result = await finishSsoSignIn({
        db: database.db,
        config,
        provider,
        key,
        req,
        reply,
        cookie,
        now: clock.now(),
      });
      return result.ok ? reply.redirect(result.next) : refused(reply, result.refusal);
    },
    RATE_LIMIT,
  );
}

/**
 * SameSite=Lax: the provider's redirect back is a top-level navigation from another site, which
 * carries a Lax cookie (Strict would not). Only the callback's path sees it.
 */
function flowCookieOptions(config: Config, req: FastifyRequest) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: config.cookieSecure || req.protocol === "https",
    path: FLOW_COOKIE_PATH,
  };
}
