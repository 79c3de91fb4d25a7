import { existsSync } from "node:fs";
import cookie from "@fastify/cookie";
import multipart from "@fastify/multipart";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance } from "fastify";
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../../db/client.js";
import { registerFeatures } from "../features.js";
import type { Config } from "./config.js";
import { inputErrorCode } from "./db-errors.js";
import { AppError, type ErrorDetail, httpStatus } from "./errors.js";
import { type Lang, pickLang, translate } from "./messages.js";
import { MULTIPART_CODES, MULTIPART_LIMITS, multipartError } from "./multipart.js";
import { sessionPlugin } from "./session.js";

// Field-level validation messages in Indonesian by default.
z.config(z.locales.id());

export type AppDeps = { config: Config; database: Database; webDir?: string | undefined };

export async function buildApp({ config, database, webDir }: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.logLevel === "silent" ? false : { level: config.logLevel },
    // Requests may be retried by flaky phone connections: trust ids, not bodies.
    requestIdHeader: "x-request-id",
    bodyLimit: 1_048_576,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Only JSON bodies (and multipart uploads): a cross-site form cannot post text/plain to us.
  app.removeContentTypeParser("text/plain");

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
  await app.register(swaggerUi, { routePrefix: "/api/docs" });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());

  app.setErrorHandler((err, req, reply) => {
    const lang: Lang = pickLang(req.cookies?.kinerja_lang);
    const send = (status: number, code: string, message: string, details: ErrorDetail[] = []) =>
      reply
        .status(status)
        .type("application/problem+json")
        .send({ type: "about:blank", title: code, status, code, message, details });
    if (err instanceof AppError) {
      return send(httpStatus(err.code), err.code, translate(lang, err.messageKey, err.params), err.details);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => ({
        path: v.instancePath.replace(/^\//, ""),
        message: v.message ?? "",
      }));
      return send(400, "VALIDATION", translate(lang, "error.validation"), details);
    }
    const status = (err as { statusCode?: number }).statusCode ?? 500;
    if (status === 429) return send(429, "RATE_LIMITED", translate(lang, "error.rateLimited"));
    const code = (err as { code?: unknown }).code;
    if (typeof code === "string" && MULTIPART_CODES.has(code)) {
      const mapped = multipartError(err);
      if (mapped) return send(httpStatus(mapped.code), mapped.code, translate(lang, mapped.messageKey, mapped.params));
    }
    if (status === 413) return send(413, "TOO_LARGE", translate(lang, "request.tooLarge"));
    if (status >= 400 && status < 500) {
      return send(status, "VALIDATION", translate(lang, "error.validation"), [{ message: (err as Error).message }]);
    }
    // Last resort for input the contracts should have refused: a 4xx, never the SQL.
    const dbCode = inputErrorCode(err);
    if (dbCode) {
      req.log.warn({ err }, "database refused the input: a contract is missing a validation");
      const key = dbCode === "CONFLICT" ? "error.conflict" : "error.validation";
      return send(httpStatus(dbCode), dbCode, translate(lang, key));
    }
    // Never leak a stack trace or SQL: log it, answer with a generic message.
    req.log.error({ err }, "unhandled error");
    return send(500, "INTERNAL", translate(lang, "error.internal"));
  });

  await app.register(sessionPlugin, { db: database.db });
  await registerFeatures(app, { config, database });

  const hasWeb = webDir !== undefined && existsSync(webDir);
  if (hasWeb) await app.register(fastifyStatic, { root: webDir, wildcard: false });
  app.setNotFoundHandler((req, reply) => {
    // The React app routes on the client: unknown non-API paths get index.html.
    if (hasWeb && req.method === "GET" && !req.url.startsWith("/api/")) return reply.sendFile("index.html");
    const lang = pickLang(req.cookies?.kinerja_lang);
    return reply
      .status(404)
      .type("application/problem+json")
      .send({
        type: "about:blank",
        title: "NOT_FOUND",
        status: 404,
        code: "NOT_FOUND",
        message: translate(lang, "error.notFound"),
        details: [],
      });
  });
  return app;
}
