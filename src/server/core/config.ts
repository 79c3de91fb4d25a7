import { z } from "zod";

/**
 * The one place that reads the environment. Everything else receives a Config.
 * Validated once at start so a typo in PORT fails loudly instead of half-working.
 */
const ZEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATA_DIR: z.string().default("./data"),
  DATABASE_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** "json" (pino's lines, for a log collector) or "lines" (one short readable line each, for a terminal). */
  LOG_FORMAT: z.enum(["json", "lines"]).optional(),
  NODE_ENV: z.string().default("development"),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  /** Secure cookies need HTTPS; behind a TLS proxy set COOKIE_SECURE=true. */
  COOKIE_SECURE: z.enum(["true", "false"]).default("false"),
  /**
   * Behind a reverse proxy: "true" (trust X-Forwarded-* from anyone — only when the proxy is the
   * sole way in), a hop count ("1"), or addresses/CIDRs ("127.0.0.1,10.0.0.0/8"). Default: none.
   */
  TRUST_PROXY: z
    .string()
    .regex(
      /^(true|false|\d+|[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*)$/,
      "true, false, jumlah hop, atau daftar alamat IP",
    )
    .default("false"),
  /** "off" behind a pooler in transaction mode (PgBouncer < 1.21), which cannot keep named statements. */
  PG_PREPARE: z.enum(["on", "off"]).default("on"),
});

export type TrustProxy = boolean | number | string[];

function parseTrustProxy(value: string): TrustProxy {
  if (value === "true") return true;
  if (value === "false") return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(",").map((v) => v.trim());
}

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Prepare PostgreSQL statements once per connection (src/db/prepared.ts). */
  prepareStatements: boolean;
  logLevel: z.infer<typeof ZEnv>["LOG_LEVEL"];
  /** JSON for production and pipes; readable lines when a person watches a terminal (log-lines.ts). */
  logFormat: "json" | "lines";
  production: boolean;
  sessionTtlMs: number;
  /** Force Secure cookies; they are Secure anyway whenever the request came over HTTPS. */
  cookieSecure: boolean;
  /** Fastify's trustProxy: decides req.protocol and req.ip from X-Forwarded-* headers. */
  trustProxy: TrustProxy;
  /** Lock an account for this long after `maxFailedLogins` wrong passwords in a row. */
  lockoutMs: number;
  maxFailedLogins: number;
  version: string;
};

export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<Config> = {},
  terminal = process.stdout.isTTY === true,
): Config {
  const parsed = ZEnv.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Konfigurasi tidak valid:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    prepareStatements: e.PG_PREPARE === "on",
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT ?? (terminal && e.NODE_ENV !== "production" ? "lines" : "json"),
    production: e.NODE_ENV === "production",
    sessionTtlMs: e.SESSION_TTL_HOURS * 3600_000,
    cookieSecure: e.COOKIE_SECURE === "true",
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    lockoutMs: 15 * 60_000,
    maxFailedLogins: 5,
    version: process.env.npm_package_version ?? "0.1.0",
    ...overrides,
  };
}
