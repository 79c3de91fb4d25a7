import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { inputErrorCode, isConnectionError, RETRY_AFTER_SECONDS } from "./db-errors.js";
import { AppError, type ErrorDetail, httpStatus } from "./errors.js";
import { type Lang, type MessageKey, pickLang, translate } from "./messages.js";
import { MULTIPART_CODES, multipartError } from "./multipart.js";

/** Every error answer: problem+json with a code and a message in the person's language. */
export function sendProblem(
  reply: FastifyReply,
  lang: Lang,
  status: number,
  code: string,
  key: MessageKey,
  params: Record<string, string | number> = {},
  details: ErrorDetail[] = [],
) {
  const message = translate(lang, key, params);
  return reply
    .status(status)
    .type("application/problem+json")
    .send({ type: "about:blank", title: code, status, code, message, details });
}

/** Errors mapped to HTTP in one place; anything unexpected is logged and answered with a generic 500. */
export function errorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  const lang: Lang = pickLang(req.cookies?.kinerja_lang);
  const problem = (status: number, code: string, key: MessageKey, params = {}, details: ErrorDetail[] = []) =>
    sendProblem(reply, lang, status, code, key, params, details);
  if (err instanceof AppError) return problem(httpStatus(err.code), err.code, err.messageKey, err.params, err.details);
  if (hasZodFastifySchemaValidationErrors(err)) {
    const details = err.validation.map((v) => ({ path: v.instancePath.replace(/^\//, ""), message: v.message ?? "" }));
    return problem(400, "VALIDATION", "error.validation", {}, details);
  }
  if (isConnectionError(err)) {
    // The database is away (restart, failover): say so and when to retry; the pool reconnects.
    req.log.warn({ err }, "database unavailable");
    reply.header("retry-after", String(RETRY_AFTER_SECONDS));
    return problem(503, "UNAVAILABLE", "error.unavailable");
  }
  const status = err.statusCode ?? 500;
  if (status === 429) return problem(429, "RATE_LIMITED", "error.rateLimited");
  if (typeof err.code === "string" && MULTIPART_CODES.has(err.code)) {
    const mapped = multipartError(err);
    if (mapped) return problem(httpStatus(mapped.code), mapped.code, mapped.messageKey, mapped.params);
  }
  if (status === 413) return problem(413, "TOO_LARGE", "request.tooLarge");
  if (status >= 400 && status < 500)
    return problem(status, "VALIDATION", "error.validation", {}, [{ message: err.message }]);
  // Last resort for input the contracts should have refused: a 4xx, never the SQL.
  const dbCode = inputErrorCode(err);
  if (dbCode) {
    req.log.warn({ err }, "database refused the input: a contract is missing a validation");
    return problem(httpStatus(dbCode), dbCode, dbCode === "CONFLICT" ? "error.conflict" : "error.validation");
  }
  // Never leak a stack trace or SQL: log it, answer with a generic message.
  req.log.error({ err }, "unhandled error");
  return problem(500, "INTERNAL", "error.internal");
}

/**
 * Errors the router raises before any hook runs (a malformed URL, a path parameter over
 * `maxParamLength`): a 400 problem+json like every other bad input, not Fastify's default JSON.
 */
export function frameworkErrors(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  req.log.debug({ err }, "router refused the request");
  return sendProblem(reply, "id", 400, "VALIDATION", "error.validation");
}
