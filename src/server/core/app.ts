import { constants as zlibConstants } from "node:zlib";
import compress from "@fastify/compress";
import cookie from "@fastify/cookie";
import multipart from "@fastify/multipart";
import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from "fastify";
import { jsonSchemaTransform, validatorCompiler } from "fastify-type-provider-zod";
import pino from "pino";
import { z } from "zod";
import type { Database } from "../../db/client.js";
import { registerFeatures } from "../features.js";
import { type Clock, systemClock } from "./clock.js";
import type { Config } from "./config.js";
import { errorHandler, frameworkErrors, sendProblem } from "./error-handler.js";
import { lineDestination } from "./log-lines.js";
import { pickLang } from "./messages.js";
import { MULTIPART_LIMITS } from "./multipart.js";
import { registerSecurityHeaders } from "./security-headers.js";
import { responseSerializer } from "./serializer.js";
import { sessionPlugin } from "./session.js";
import { isPagePath, registerWebAssets } from "./web-assets.js";

// Field-level validation messages in Indonesian by default.
z.config(z.locales.id());

export type AppDeps = {
  config: Config;
  database: Database;
  webDir?: string | undefined;
  /** Where every business date comes from; tests pass a fixed clock. Default: the system clock. */
  clock?: Clock | undefined;
};

/**
 * JSON lines on stdout, written asynchronously: a synchronous write per request was a tenth to a
 * fifth of the server's CPU under load. What is still buffered is flushed on a clean exit.
 * In a terminal (`npm start`) each record is one short readable line instead (log-lines.ts).
 */
function createLogger(level: string, format: Config["logFormat"]): FastifyBaseLogger {
  if (format === "lines") return pino({ level }, lineDestination());
  const destination = pino.destination({ sync: false });
  process.once("exit", () => destination.flushSync());
  return pino({ level }, destination);
}

export async function buildApp({ config, database, webDir, clock = systemClock }: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    ...(config.logLevel === "silent"
      ? { logger: false }
      : { loggerInstance: createLogger(config.logLevel, config.logFormat) }),
    // One access line per request (onResponse below) instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    // Requests may be retried by flaky phone connections: trust ids, not bodies.
    requestIdHeader: "x-request-id",
    bodyLimit: 1_048_576,
    // Decides req.protocol (Secure cookies) and req.ip (rate limit) behind a reverse proxy.
    trustProxy:
      typeof config.trustProxy === "number"
        ? (_address: string, hop: number) => hop < (config.trustProxy as number)
        : config.trustProxy,
    frameworkErrors,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializer);
  // Only JSON bodies (and multipart uploads): a cross-site form cannot post text/plain to us.
  app.removeContentTypeParser("text/plain");

  registerSecurityHeaders(app);
  // API answers compressed for phones on mobile data (a rule set: 35 KB → 9 KB); web files are
  // precompressed at build time and left alone. Brotli at a low level: cheap per request.
  // A compressed request body is still held to bodyLimit, counted after decompression.
  await app.register(compress, {
    threshold: 1024,
    encodings: ["br", "gzip"],
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: MULTIPART_LIMITS });
  await app.register(swagger, {
    openapi: {
      info: { title: "Kinerja API", version: config.version, description: "Pengelolaan Kinerja — API" },
      components: { securitySchemes: { session: { type: "apiKey", in: "cookie", name: "kinerja_session" } } },
    },
    transform: jsonSchemaTransform,
  });
  // No validator badge: it would load an image from validator.swagger.io, which the CSP forbids.
  await app.register(swaggerUi, { routePrefix: "/api/docs", uiConfig: { validatorUrl: null } });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());

  app.setErrorHandler(errorHandler);
  // A callback hook, not an async one: no promise per request for a line that is usually filtered out.
  app.addHook("onResponse", (req, reply, done) => {
    req.log.info(
      { method: req.method, url: req.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      "request",
    );
    done();
  });

  await app.register(sessionPlugin, { db: database.db, clock });
  await registerFeatures(app, { config, database, clock });

  const hasWeb = await registerWebAssets(app, webDir);
  app.setNotFoundHandler((req, reply) => {
    // The React app routes on the client: unknown page paths get index.html (no-cache, and
    // precompressed like any other file). A missing /assets/ file stays a 404: an old page asking
    // for a chunk of the previous build must fail loudly, not parse HTML as JavaScript.
    if (hasWeb && req.method === "GET" && isPagePath(req.url)) return reply.sendFile("index.html");
    return sendProblem(reply, pickLang(req.cookies?.kinerja_lang), 404, "NOT_FOUND", "error.notFound");
  });
  return app;
}
