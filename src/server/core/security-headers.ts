import type { FastifyInstance } from "fastify";
import helmet from "helmet";

/**
 * Browser-side defences on every answer (pages, API, docs): a CSP the built web app and the
 * /api/docs Swagger UI run under, no framing (the approve and reset buttons cannot be
 * clickjacked), nosniff and a same-origin Referer. API answers are never cached.
 *
 * Helmet's middleware is built once here: `@fastify/helmet` rebuilt it (parsing every CSP
 * directive) on each request, a measurable share of a cheap API answer's CPU under load.
 */
export function registerSecurityHeaders(app: FastifyInstance): void {
  const headers = helmet({
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
  app.addHook("onRequest", (req, reply, done) => {
    // Every API answer is private and fresh unless its route says otherwise (a stored rule set
    // never changes): the route's own header replaces this one.
    if (req.url.startsWith("/api/")) reply.header("cache-control", "no-store");
    headers(req.raw, reply.raw, (err) => done(err as Error | undefined));
  });
}
