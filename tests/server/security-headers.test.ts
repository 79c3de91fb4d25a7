import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.js";
import { buildApp } from "../../src/server/core/app.js";
import { loadConfig } from "../../src/server/core/config.js";
import { makePerson, TEST_PASSWORD } from "../helpers/factories.js";
import { openTestDatabase } from "../helpers/test-app.js";

let database: Database;
let webDir: string;
let app: FastifyInstance;
let proxied: FastifyInstance;

beforeAll(async () => {
  database = await openTestDatabase();
  webDir = mkdtempSync(join(tmpdir(), "kinerja-web-"));
  writeFileSync(join(webDir, "index.html"), "<!doctype html><title>Kinerja</title>");
  const config = loadConfig({ LOG_LEVEL: "silent" }, { dataDir: webDir });
  app = await buildApp({ config, database, webDir });
  proxied = await buildApp({ config: { ...config, trustProxy: true }, database, webDir });
});
afterAll(async () => {
  await app.close();
  await proxied.close();
  await database.close();
  rmSync(webDir, { recursive: true, force: true });
});

function expectSecurityHeaders(res: LightMyRequestResponse) {
  const csp = String(res.headers["content-security-policy"]);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain("unsafe-eval");
  expect(csp).not.toContain("upgrade-insecure-requests");
  expect(res.headers["x-frame-options"]).toBe("DENY");
  expect(res.headers["x-content-type-options"]).toBe("nosniff");
  expect(res.headers["referrer-policy"]).toBe("same-origin");
}

describe("security headers", () => {
  it("on the web app's pages: the index and a client-side route", async () => {
    for (const url of ["/", "/perencanaan/abc"]) {
      const res = await app.inject({ method: "GET", url });
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toContain("text/html");
      expectSecurityHeaders(res);
    }
  });

  it("on API answers, successes and errors alike, which are never cached", async () => {
    const answers = await Promise.all([
      app.inject({ method: "GET", url: "/api/health" }),
      app.inject({ method: "GET", url: "/api/me" }),
      app.inject({ method: "GET", url: "/api/tidak-ada" }),
      app.inject({ method: "POST", url: "/api/auth/login", payload: { username: "x", password: "y" } }),
      app.inject({ method: "POST", url: "/api/auth/login", payload: {} }),
    ]);
    expect(answers.map((r) => r.statusCode)).toEqual([200, 401, 404, 401, 400]);
    for (const res of answers) {
      expectSecurityHeaders(res);
      expect(res.headers["cache-control"]).toBe("no-store");
    }
  });

  it("on the API reference (/api/docs)", async () => {
    const res = await app.inject({ method: "GET", url: "/api/docs/" });
    expect(res.statusCode).toBe(200);
    expectSecurityHeaders(res);
  });
});

describe("Secure session cookie", () => {
  const login = async (target: FastifyInstance, headers: Record<string, string>) => {
    const p = await makePerson(database.db);
    const res = await target.inject({
      method: "POST",
      url: "/api/auth/login",
      headers,
      payload: { username: p.username, password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    return res.cookies.find((c) => c.name === "kinerja_session");
  };

  it("is Secure when a trusted proxy says the request came over HTTPS", async () => {
    expect((await login(proxied, { "x-forwarded-proto": "https" }))?.secure).toBe(true);
  });
  it("is not Secure over plain HTTP (a LAN install without TLS keeps working)", async () => {
    expect((await login(proxied, {}))?.secure).toBeFalsy();
  });
  it("ignores X-Forwarded-Proto when no proxy is trusted", async () => {
    expect((await login(app, { "x-forwarded-proto": "https" }))?.secure).toBeFalsy();
  });
});

describe("TRUST_PROXY", () => {
  it("takes true, a hop count or a list of addresses, and refuses anything else", () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "true" }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: "1" }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: "127.0.0.1, 10.0.0.0/8" }).trustProxy).toEqual(["127.0.0.1", "10.0.0.0/8"]);
    expect(() => loadConfig({ TRUST_PROXY: "semua" })).toThrow(/TRUST_PROXY/);
  });
});
