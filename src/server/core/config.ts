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
  /** E-mail goes out only when this is set: smtp://user:pass@host:587 or smtps://…:465. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/\S+$/, "alamat smtp:// atau smtps://")
    .optional(),
  MAIL_FROM: z.string().min(3).default("Kinerja <kinerja@localhost>"),
  /** The address people open the app at, for the links in e-mail. */
  PUBLIC_URL: z.string().url().optional(),
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
  /** Null: e-mail is off (no SMTP_URL); notifications stay in the app. */
  mail: MailConfig | null;
};

export type MailConfig = { smtpUrl: string; from: string; publicUrl: string };

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
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
    production: e.NODE_ENV === "production",
    sessionTtlMs: e.SESSION_TTL_HOURS * 3600_000,
    cookieSecure: e.COOKIE_SECURE === "true",
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    lockoutMs: 15 * 60_000,
    maxFailedLogins: 5,
    version: process.env.npm_package_version ?? "0.1.0",
    mail: e.SMTP_URL
      ? {
          smtpUrl: e.SMTP_URL,
          from: e.MAIL_FROM,
          publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ""),
        }
      : null,
    ...overrides,
  };
}
