import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";

/**
 * Browser-side defences on every answer (pages, API, docs): a CSP the built web app and the
 * /api/docs Swagger UI run under, no framing (the approve and reset buttons cannot be
 * clickjacked), nosniff and a same-origin Referer. API answers are never cached.
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        // Vite emits module scripts only; no inline script, no eval.
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        // Mantine and Swagger UI set style attributes and inject <style> elements.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        // The installable app: its service worker (/sw.js) and web manifest, from this origin only.
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // No upgrade-insecure-requests: a school's LAN install over plain HTTP must keep working.
      },
    },
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "same-origin" },
    // Only this host: a district's other sites on sibling subdomains may not have HTTPS.
    strictTransportSecurity: { maxAge: 15_552_000, includeSubDomains: false },
  });
  app.addHook("onSend", async (req, reply) => {
    // An answer that never changes (a stored rule set) says so itself; every other API answer is private and fresh.
    if (req.url.startsWith("/api/") && !reply.hasHeader("cache-control")) reply.header("cache-control", "no-store");
  });
}
