import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

/**
 * A real OpenID provider (oidc-provider) on 127.0.0.1 at a random port, for the sign-in tests.
 * Its accounts are `claims`: the login name typed at its (development) login form picks the
 * account, any password does; a test changes the map to make an account say what it needs.
 */
export type TestProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  claims: Map<string, Record<string, unknown>>;
  close: () => Promise<void>;
};

export async function startTestProvider(redirectUri: string): Promise<TestProvider> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const claims = new Map<string, Record<string, unknown>>();
  const clientId = "kinerja-uji";
  const clientSecret = "rahasia-klien-uji-0123456789";
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        token_endpoint_auth_method: "client_secret_post",
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    findAccount: async (_ctx, id) => ({
      accountId: id,
      claims: async () => ({ sub: id, ...(claims.get(id) ?? {}) }),
    }),
    cookies: { keys: ["kunci-cookie-uji"] },
    features: { devInteractions: { enabled: true } },
    // Set, so the provider does not print a notice for each default.
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600 },
  });
  server.on("request", provider.callback());
  return {
    issuer,
    clientId,
    clientSecret,
    claims,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Cookies per name for one browser visit to the provider (its paths are nested under one origin). */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  store(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair?.indexOf("=") ?? -1;
      if (!pair || eq < 1) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === "" || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

/**
 * Plays the person at the provider: from the authorization URL, follows its redirects, signs in
 * as `login` on its login form, agrees on its consent form (or presses "cancel" when `abort`),
 * and stops at the first redirect that leaves the provider: the answer to our callback.
 */
export async function signInAtProvider(authorizationUrl: string, login: string, abort = false): Promise<URL> {
  const jar = new CookieJar();
  const origin = new URL(authorizationUrl).origin;
  let url = new URL(authorizationUrl);
  let body: URLSearchParams | null = null;
  for (let step = 0; step < 20; step++) {
    const res: Response = await fetch(url, {
      method: body ? "POST" : "GET",
      redirect: "manual",
      headers: {
        cookie: jar.header(),
        ...(body ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
      ...(body ? { body } : {}),
    });
    jar.store(res);
    body = null;
    const location = res.headers.get("location");
    if (location) {
      url = new URL(location, url);
      if (url.origin !== origin) return url;
      continue;
    }
    const html: string = await res.text();
    if (res.status !== 200) throw new Error(`provider answered ${res.status}: ${html.slice(0, 300)}`);
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
    if (!action || !prompt) throw new Error(`no form at ${url.pathname}: ${html.slice(0, 300)}`);
    if (abort) {
      url = new URL(`${new URL(action, url).pathname}/abort`, url);
      continue;
    }
    url = new URL(action, url);
    body = new URLSearchParams(prompt === "login" ? { prompt, login, password: "apa saja" } : { prompt });
  }
  throw new Error("the provider never sent the browser back");
}
