import type { MessageKey } from "./messages.js";

/** One error type with string codes, mapped to HTTP in one place (`httpStatus`). */
export const ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "VALIDATION",
  "CONFLICT",
  "INVALID_STATE",
  "LOCKED",
  "RATE_LIMITED",
  "TOO_LARGE",
  "CSRF",
  "PASSWORD_CHANGE_REQUIRED",
  "INTERNAL",
  "UNAVAILABLE",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 400,
  CONFLICT: 409,
  INVALID_STATE: 409,
  LOCKED: 423,
  RATE_LIMITED: 429,
  TOO_LARGE: 413,
  CSRF: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  INTERNAL: 500,
  UNAVAILABLE: 503,
};

export function httpStatus(code: ErrorCode): number {
  return STATUS[code];
}

export type ErrorDetail = { path?: string; line?: number; message: string };

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: MessageKey,
    readonly params: Record<string, string | number> = {},
    readonly details: ErrorDetail[] = [],
  ) {
    super(`${code}: ${messageKey}`);
    this.name = "AppError";
  }
}

export const forbidden = () => new AppError("FORBIDDEN", "error.forbidden");
export const notFound = () => new AppError("NOT_FOUND", "error.notFound");
