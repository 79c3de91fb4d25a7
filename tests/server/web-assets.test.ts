import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.js";
import { buildApp } from "../../src/server/core/app.js";
import { loadConfig } from "../../src/server/core/config.js";
import { openTestDatabase } from "../helpers/test-app.js";

// A small built web dir laid out like `vite build` leaves it: hashed assets and index.html, each
// with its .br and .gz twin (vite.config.ts).
const INDEX =
  '<!doctype html><html lang="id"><head><script type="module" src="/assets/index-AbC123.js"></script></head></html>';
const SCRIPT = `export const hello = ${JSON.stringify("halo ".repeat(200))};\n`;
const WORKER = 'self.addEventListener("fetch", () => {});\n';
const MANIFEST = JSON.stringify({ name: "Kinerja", start_url: "/", icons: [] });

function writeWithTwins(path: string, body: string): void {
  writeFileSync(path, body);
  writeFileSync(`${path}.br`, brotliCompressSync(body));
  writeFileSync(`${path}.gz`, gzipSync(body));
}

describe("serving the built web app", () => {
  let app: FastifyInstance;
  let database: Database;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "kinerja-web-"));
    mkdirSync(join(dir, "assets"));
    writeWithTwins(join(dir, "index.html"), INDEX);
    writeWithTwins(join(dir, "assets", "index-AbC123.js"), SCRIPT);
    writeFileSync(join(dir, "sw.js"), WORKER);
    writeWithTwins(join(dir, "manifest.webmanifest"), MANIFEST);
    database = await openTestDatabase();
    const config = loadConfig({ LOG_LEVEL: "silent" }, { dataDir: dir });
    app = await buildApp({ config, database, webDir: dir });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("a hashed asset is cached for a year and sent as brotli to a browser that accepts it", async () => {
    const res = await app.inject({
      url: "/assets/index-AbC123.js",
      headers: { "accept-encoding": "gzip, deflate, br" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.headers["content-type"]).toMatch(/javascript/);
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(SCRIPT);
    // The security headers stay on static files.
    expect(res.headers["content-security-policy"]).toContain("script-src 'self'");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("gzip when brotli is not accepted, the plain file when nothing is", async () => {
    const gz = await app.inject({ url: "/assets/index-AbC123.js", headers: { "accept-encoding": "gzip" } });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.rawPayload).toString()).toBe(SCRIPT);
    const plain = await app.inject({ url: "/assets/index-AbC123.js", headers: { "accept-encoding": "identity" } });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
    expect(plain.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  it("index.html and the SPA fallback are revalidated every time", async () => {
    for (const url of ["/", "/index.html", "/perencanaan/rubrik"]) {
      const res = await app.inject({ url, headers: { "accept-encoding": "br" } });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers["cache-control"], url).toBe("no-cache");
      expect(res.headers["content-encoding"], url).toBe("br");
      expect(res.headers["content-type"], url).toMatch(/text\/html/);
      expect(brotliDecompressSync(res.rawPayload).toString(), url).toBe(INDEX);
      expect(res.headers["content-security-policy"], url).toContain("frame-ancestors 'none'");
    }
  });

  it("the compressed twins have no URL of their own, and a missing asset is a 404, not index.html", async () => {
    const twin = await app.inject({ url: "/assets/index-AbC123.js.br" });
    expect(twin.statusCode).toBe(404);
    const stale = await app.inject({ url: "/assets/index-OldHash.js" });
    expect(stale.statusCode).toBe(404);
    expect(stale.headers["content-type"]).toMatch(/problem\+json/);
  });

  it("the service worker and the web manifest are revalidated, typed, and allowed by the CSP", async () => {
    const sw = await app.inject({ url: "/sw.js" });
    expect(sw.statusCode).toBe(200);
    // Never cached for good: a stale worker would keep serving an old release's files.
    expect(sw.headers["cache-control"]).toBe("no-cache");
    expect(sw.headers["content-type"]).toMatch(/javascript/);
    expect(sw.body).toBe(WORKER);
    const manifest = await app.inject({ url: "/manifest.webmanifest", headers: { "accept-encoding": "br" } });
    expect(manifest.headers["cache-control"]).toBe("no-cache");
    expect(manifest.headers["content-type"]).toMatch(/application\/manifest\+json/);
    expect(brotliDecompressSync(manifest.rawPayload).toString()).toBe(MANIFEST);
    const csp = String(manifest.headers["content-security-policy"]);
    expect(csp).toContain("worker-src 'self'");
    expect(csp).toContain("manifest-src 'self'");
  });

  it("a build without a service worker answers /sw.js with a 404, never with index.html", async () => {
    rmSync(join(dir, "sw.js"));
    const res = await app.inject({ url: "/sw.js?v=2" });
    expect(res.statusCode).toBe(404);
    expect(res.headers["content-type"]).not.toMatch(/text\/html/);
  });

  it("API answers keep no-store", async () => {
    const res = await app.inject({ url: "/api/me" });
    expect(res.headers["cache-control"]).toBe("no-store");
  });
});
