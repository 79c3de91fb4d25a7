import { and, eq } from "drizzle-orm";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accounts, auditEvents, people, sessions } from "../../src/db/schema.js";
import { buildApp } from "../../src/server/core/app.js";
import { type Config, loadConfig } from "../../src/server/core/config.js";
import { makeDistrictWorld, makePerson } from "../helpers/factories.js";
import { signInAtProvider, startTestProvider, type TestProvider } from "../helpers/oidc-provider.js";
import { createTestApp, type TestContext } from "../helpers/test-app.js";

/**
 * Issue 11 §3: sign-in with belajar.id, end to end against a real OpenID provider (oidc-provider)
 * on this machine: the app discovers it, sends the browser there, and exchanges the code over HTTP.
 */
const PUBLIC_URL = "http://kinerja.test";
let op: TestProvider;
let t: TestContext;
let w: Awaited<ReturnType<typeof makeDistrictWorld>>;

beforeAll(async () => {
  op = await startTestProvider(`${PUBLIC_URL}/api/auth/oidc/callback`);
  const { sso } = loadConfig({
    OIDC_ISSUER: op.issuer,
    OIDC_CLIENT_ID: op.clientId,
    OIDC_CLIENT_SECRET: op.clientSecret,
    PUBLIC_URL,
  });
  t = await createTestApp({ sso });
  w = await makeDistrictWorld(t.database.db);
  // The staff data holds the e-mail as the import left it (any case).
  await t.database.db.update(people).set({ email: "Guru.A@guru.sd.belajar.id" }).where(eq(people.id, w.guruA.id));
  op.claims.set("guru-a", { email: "guru.a@guru.sd.belajar.id", email_verified: true });
});
afterAll(async () => {
  await t.close();
  await op.close();
});

type Outcome = { res: LightMyRequestResponse; callback: URL };

/** The whole visit: our start, the provider's forms as `login`, and back to our callback. */
async function signInAs(login: string, opts: { next?: string; tamper?: (u: URL) => void; cookie?: string } = {}) {
  const start = await t.app.inject({
    method: "GET",
    url: `/api/auth/oidc/start${opts.next ? `?next=${encodeURIComponent(opts.next)}` : ""}`,
  });
  expect(start.statusCode).toBe(302);
  const flow = start.cookies.find((c) => c.name === "kinerja_oidc");
  expect(flow?.httpOnly).toBe(true);
  const callback = await signInAtProvider(start.headers.location as string, login);
  expect(callback.origin).toBe(PUBLIC_URL);
  opts.tamper?.(callback);
  const res = await t.app.inject({
    method: "GET",
    url: callback.pathname + callback.search,
    cookies: { kinerja_oidc: opts.cookie ?? (flow?.value as string) },
  });
  return { res, callback } satisfies Outcome;
}

const sessionCookie = (res: LightMyRequestResponse) => res.cookies.find((c) => c.name === "kinerja_session")?.value;
const auditsOf = (personId: string) =>
  t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, personId), eq(auditEvents.action, "signed_in_sso")));

async function expectRefused(res: LightMyRequestResponse, refusal: string) {
  expect(res.statusCode).toBe(302);
  expect(res.headers.location).toBe(`/masuk?sso=${refusal}`);
  expect(sessionCookie(res)).toBeUndefined();
}

describe("sign-in with belajar.id against a real OpenID provider", () => {
  it("says SSO is on, and sends the browser to the provider with PKCE, state and nonce", async () => {
    const options = await t.app.inject({ method: "GET", url: "/api/auth/sso" });
    expect(options.json()).toEqual({ enabled: true, name: "belajar.id" });
    const start = await t.app.inject({ method: "GET", url: "/api/auth/oidc/start" });
    const to = new URL(start.headers.location as string);
    expect(to.origin).toBe(op.issuer);
    expect(to.searchParams.get("redirect_uri")).toBe(`${PUBLIC_URL}/api/auth/oidc/callback`);
    expect(to.searchParams.get("code_challenge_method")).toBe("S256");
    for (const p of ["state", "nonce", "code_challenge"]) expect(to.searchParams.get(p)?.length).toBeGreaterThan(20);
    // The security headers stay on the redirect; a navigation to the provider is not a fetch the CSP limits.
    expect(start.headers["content-security-policy"]).toContain("default-src 'self'");
  });

  it("signs in the person whose verified e-mail the staff data holds: the session works on /api/me", async () => {
    const { res } = await signInAs("guru-a", { next: "/rencana?x=1" });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe("/rencana?x=1");
    const token = sessionCookie(res);
    expect(token).toBeTruthy();
    const me = await t.app.inject({ method: "GET", url: "/api/me", cookies: { kinerja_session: token as string } });
    expect(me.statusCode).toBe(200);
    const body = me.json() as { person: { id: string; name: string }; csrfToken: string };
    expect(body.person.id).toBe(w.guruA.id);
    // The same session as a password sign-in: a change needs the CSRF token, and works with it.
    const cookies = { kinerja_session: token as string };
    const without = await t.app.inject({ method: "POST", url: "/api/auth/sessions/revoke-others", cookies });
    expect(without.statusCode).toBe(403);
    const withToken = await t.app.inject({
      method: "POST",
      url: "/api/auth/sessions/revoke-others",
      cookies,
      headers: { "x-csrf-token": body.csrfToken },
    });
    expect(withToken.statusCode).toBe(200);
    const listed = await t.app.inject({ method: "GET", url: "/api/auth/sessions", cookies });
    expect(listed.json()).toMatchObject({ sessions: [{ method: "oidc", current: true }] });
    const rows = await t.database.db.select().from(sessions).where(eq(sessions.personId, w.guruA.id));
    expect(rows.map((s) => s.method)).toEqual(["oidc"]);
    const [audit] = await auditsOf(w.guruA.id);
    expect(audit?.data).toMatchObject({
      issuer: `${op.issuer}/`,
      subject: "guru-a",
      email: "guru.a@guru.sd.belajar.id",
    });
  });

  it("an imported account that never changed its first password is not stopped at the password change", async () => {
    const p = await makePerson(t.database.db, { mustChangePassword: true });
    await t.database.db.update(people).set({ email: "baru@belajar.id" }).where(eq(people.id, p.id));
    op.claims.set("baru", { email: "baru@belajar.id", email_verified: true });
    const { res } = await signInAs("baru", { next: "//evil.example/x" });
    expect(res.headers.location).toBe("/"); // no open redirect
    const me = await t.app.inject({
      method: "GET",
      url: "/api/me",
      cookies: { kinerja_session: sessionCookie(res) as string },
    });
    expect((me.json() as { mustChangePassword: boolean }).mustChangePassword).toBe(false);
    // A route behind the password-change gate answers.
    const gated = await t.app.inject({
      method: "GET",
      url: "/api/admin/districts",
      cookies: { kinerja_session: sessionCookie(res) as string },
    });
    expect(gated.statusCode).toBe(200);
    // …while a password sign-in of the same account still is.
    const [account] = await t.database.db.select().from(accounts).where(eq(accounts.personId, p.id));
    expect(account?.mustChangePassword).toBe(true);
  });

  it("refuses an e-mail outside the allowed domain", async () => {
    op.claims.set("pribadi", { email: "guru.a@gmail.com", email_verified: true });
    await t.database.db.update(people).set({ email: "guru.a@gmail.com" }).where(eq(people.id, w.guruB.id));
    await expectRefused((await signInAs("pribadi")).res, "domain");
    // A look-alike domain is not a subdomain.
    op.claims.set("mirip", { email: "x@notbelajar.id", email_verified: true });
    await expectRefused((await signInAs("mirip")).res, "domain");
  });

  it("refuses an e-mail the provider does not vouch for", async () => {
    op.claims.set("belum", { email: "guru.a@guru.sd.belajar.id", email_verified: false });
    await expectRefused((await signInAs("belum")).res, "unverified");
    op.claims.set("tanpa", { email: "guru.a@guru.sd.belajar.id" });
    await expectRefused((await signInAs("tanpa")).res, "unverified");
  });

  it("refuses a person the staff data does not know, and creates nobody", async () => {
    const before = await t.database.db.select({ id: people.id }).from(people);
    op.claims.set("asing", { email: "asing@guru.smp.belajar.id", email_verified: true });
    await expectRefused((await signInAs("asing")).res, "unknown");
    expect(await t.database.db.select({ id: people.id }).from(people)).toHaveLength(before.length);
  });

  it("refuses a disabled account, and an e-mail two people share", async () => {
    const off = await makePerson(t.database.db);
    await t.database.db.update(people).set({ email: "nonaktif@belajar.id" }).where(eq(people.id, off.id));
    await t.database.db.update(accounts).set({ disabled: true }).where(eq(accounts.personId, off.id));
    op.claims.set("nonaktif", { email: "nonaktif@belajar.id", email_verified: true });
    await expectRefused((await signInAs("nonaktif")).res, "disabled");

    for (const email of ["Kembar@belajar.id", "kembar@belajar.id"]) {
      const p = await makePerson(t.database.db);
      await t.database.db.update(people).set({ email }).where(eq(people.id, p.id));
    }
    op.claims.set("kembar", { email: "kembar@belajar.id", email_verified: true });
    await expectRefused((await signInAs("kembar")).res, "duplicate");
  });

  it("refuses a tampered state, a forged or missing flow cookie, and a replayed answer", async () => {
    const tampered = await signInAs("guru-a", { tamper: (u) => u.searchParams.set("state", "bukan-milik-kita") });
    await expectRefused(tampered.res, "state");
    const forged = await signInAs("guru-a", { cookie: "eyJzdGF0ZSI6ImEifQ.palsu" });
    await expectRefused(forged.res, "state");
    const { res, callback } = await signInAs("guru-a");
    expect(sessionCookie(res)).toBeTruthy();
    // The same answer again: the flow cookie was cleared, and the code is spent anyway.
    const again = await t.app.inject({ method: "GET", url: callback.pathname + callback.search });
    await expectRefused(again, "state");
    expect(res.cookies.find((c) => c.name === "kinerja_oidc")?.value).toBe("");
  });

  it("a made-up code or a hostile answer is a refusal, never an error page", async () => {
    const start = await t.app.inject({ method: "GET", url: "/api/auth/oidc/start" });
    const flow = start.cookies.find((c) => c.name === "kinerja_oidc")?.value as string;
    const state = new URL(start.headers.location as string).searchParams.get("state") as string;
    const answer = (query: string) =>
      t.app.inject({ method: "GET", url: `/api/auth/oidc/callback?${query}`, cookies: { kinerja_oidc: flow } });
    // The provider's token endpoint refuses a code it never issued.
    await expectRefused(
      await answer(`code=dibuat-buat&state=${state}&iss=${encodeURIComponent(op.issuer)}`),
      "provider",
    );
    await expectRefused(await answer(`code=x&state=${state}&state=${state}`), "provider");
    await expectRefused(await answer(`code[]=x&state=${"s".repeat(5000)}`), "state");
    await expectRefused(await answer("state=%00"), "state");
  });

  it("says so when the person cancels at the provider", async () => {
    const start = await t.app.inject({ method: "GET", url: "/api/auth/oidc/start" });
    const flow = start.cookies.find((c) => c.name === "kinerja_oidc")?.value as string;
    const callback = await signInAtProvider(start.headers.location as string, "guru-a", true);
    const res = await t.app.inject({
      method: "GET",
      url: callback.pathname + callback.search,
      cookies: { kinerja_oidc: flow },
    });
    await expectRefused(res, "cancelled");
  });
});

/** Another app on the same database with another SSO setting (a second test database costs ~150 MB). */
async function appWith(sso: Config["sso"]) {
  const app = await buildApp({ config: { ...t.config, sso }, database: t.database, clock: t.clock });
  await app.ready();
  return app;
}

describe("several nodes", () => {
  it("a sign-in started on one node finishes on another (the state cookie's key comes from the shared secret)", async () => {
    const other = await appWith(t.config.sso);
    try {
      const start = await t.app.inject({ method: "GET", url: "/api/auth/oidc/start" });
      const flow = start.cookies.find((c) => c.name === "kinerja_oidc")?.value as string;
      const callback = await signInAtProvider(start.headers.location as string, "guru-a");
      const res = await other.inject({
        method: "GET",
        url: callback.pathname + callback.search,
        cookies: { kinerja_oidc: flow },
      });
      expect(res.headers.location).toBe("/");
      expect(sessionCookie(res)).toBeTruthy();
    } finally {
      await other.close();
    }
  });
});

describe("without SSO, or with the provider down", () => {
  it("is off without OIDC_ISSUER: no button, and the routes send people back to the sign-in page", async () => {
    const plain = await appWith(null);
    try {
      expect((await plain.inject({ method: "GET", url: "/api/auth/sso" })).json()).toEqual({
        enabled: false,
        name: null,
      });
      await expectRefused(await plain.inject({ method: "GET", url: "/api/auth/oidc/start" }), "off");
      await expectRefused(await plain.inject({ method: "GET", url: "/api/auth/oidc/callback?code=x" }), "off");
    } finally {
      await plain.close();
    }
  });

  it("a provider that cannot be reached is a clear refusal, not an error page", async () => {
    const { sso } = loadConfig({
      OIDC_ISSUER: "http://127.0.0.1:9", // discard port: nothing listens
      OIDC_CLIENT_ID: "x",
      OIDC_CLIENT_SECRET: "y",
      PUBLIC_URL,
    });
    const down = await appWith(sso);
    try {
      await expectRefused(await down.inject({ method: "GET", url: "/api/auth/oidc/start" }), "provider");
    } finally {
      await down.close();
    }
  });

  it("refuses a half-made configuration at start", () => {
    expect(() => loadConfig({ OIDC_ISSUER: "https://accounts.google.com" })).toThrow(/OIDC_CLIENT_ID/);
    expect(() =>
      loadConfig({ OIDC_ISSUER: "http://sso.example", OIDC_CLIENT_ID: "a", OIDC_CLIENT_SECRET: "b", PUBLIC_URL }),
    ).toThrow(/https/);
    expect(loadConfig({ OIDC_ISSUER: "" }).sso).toBeNull();
  });
});
