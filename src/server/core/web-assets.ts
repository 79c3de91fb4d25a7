import { existsSync } from "node:fs";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply } from "fastify";

/** Vite puts a content hash in every file name under /assets/: a new build is a new URL. */
const HASHED = /[\\/]assets[\\/]/;
export const IMMUTABLE = "public, max-age=31536000, immutable";
/**
 * index.html names the current assets: the browser must ask again each time (a 304 is cheap). So
 * must the service worker (sw.js, whose precache list names them too: a stale one would keep an old
 * release on the phones) and the web manifest.
 */
export const REVALIDATE = "no-cache";

/** The installable app's own files at the root (vite.config.ts): never answered with index.html. */
const PWA_FILES = new Set(["/sw.js", "/manifest.webmanifest"]);

function cacheHeaders(reply: FastifyReply, path: string): void {
  reply.header("cache-control", HASHED.test(path) ? IMMUTABLE : REVALIDATE);
}

/**
 * Serves the built web app from `webDir`. The build writes `.br` and `.gz` files next to each
 * asset (vite.config.ts); with `preCompressed` the best one the browser accepts is sent with
 * Content-Encoding and `Vary: Accept-Encoding`, so nothing is compressed per request.
 * Returns false when there is no build (API-only tests, `npm run dev` before `vite build`).
 */
export async function registerWebAssets(app: FastifyInstance, webDir: string | undefined): Promise<boolean> {
  if (webDir === undefined || !existsSync(webDir)) return false;
  await app.register(fastifyStatic, {
    root: webDir,
    wildcard: false,
    preCompressed: true,
    // The compressed twins are chosen by Accept-Encoding, never addressed by URL.
    globIgnore: ["**/*.br", "**/*.gz"],
    setHeaders: cacheHeaders,
  });
  return true;
}

/** The SPA fallback: a page path the React router knows gets index.html; a stale asset a 404. */
export function isPagePath(url: string): boolean {
  const path = url.split("?")[0] ?? url;
  return !url.startsWith("/api/") && !url.startsWith("/assets/") && !PWA_FILES.has(path);
}
