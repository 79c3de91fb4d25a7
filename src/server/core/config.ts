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
  /** PostgreSQL connections this process keeps (docs/performance.md: what the size costs on 2 cores). */
  PG_POOL_MAX: z.coerce
    .number("PG_POOL_MAX harus berupa angka")
    .int("PG_POOL_MAX harus bilangan bulat")
    .min(1, "PG_POOL_MAX paling sedikit 1")
    .max(200, "PG_POOL_MAX paling banyak 200")
    .default(10),
  /** Sign-in with an OpenID provider (belajar.id): off unless OIDC_ISSUER is set. */
  OIDC_ISSUER: optionalText(z.url("OIDC_ISSUER harus berupa URL")),
  OIDC_CLIENT_ID: optionalText(z.string().max(500)),
  OIDC_CLIENT_SECRET: optionalText(z.string().max(2000)),
  OIDC_ALLOWED_DOMAIN: z
    .string()
    .regex(/^\s*[a-z0-9.-]+\.[a-z]{2,}\s*(,\s*[a-z0-9.-]+\.[a-z]{2,}\s*)*$/i, "nama domain, dipisah koma")
    .default("belajar.id"),
  /** What the sign-in button calls the provider: "Masuk dengan akun <OIDC_NAME>". */
  OIDC_NAME: z.string().min(1).max(60).default("belajar.id"),
  /** The address people open (https://kinerja.example.go.id): the provider sends them back under it. */
  PUBLIC_URL: optionalText(z.url("PUBLIC_URL harus berupa URL")),
  /** E-mail goes out only when this is set: smtp://user:pass@host:587 or smtps://…:465. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/\S+$/, "alamat smtp:// atau smtps://")
    .optional(),
  MAIL_FROM: z.string().min(3).default("Kinerja <kinerja@localhost>"),
});

/** An empty variable (OIDC_ISSUER= in a compose file) counts as unset. */
function optionalText<T extends z.ZodType<string>>(schema: T) {
  return z.preprocess((v) => (v === "" ? undefined : v), schema.optional());
}

export type TrustProxy = boolean | number | string[];

function parseTrustProxy(value: string): TrustProxy {
  if (value === "true") return true;
  if (value === "false") return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(",").map((v) => v.trim());
}

/** The OpenID provider people may sign in with; null when SSO is off. */
export type SsoConfig = {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** E-mail domains accepted (a subdomain counts: guru.sd.belajar.id is belajar.id). */
  allowedDomains: string[];
  /** Shown on the button. */
  name: string;
  /** PUBLIC_URL + /api/auth/oidc/callback, registered at the provider. */
  redirectUri: string;
  /** Plain http is allowed for a provider on this machine only (tests, a local Keycloak). */
  allowHttp: boolean;
};

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Prepare PostgreSQL statements once per connection (src/db/prepared.ts). */
  prepareStatements: boolean;
  /** PostgreSQL pool size (PG_POOL_MAX). */
  poolMax: number;
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
  sso: SsoConfig | null;
  version: string;
  /** Null: e-mail is off (no SMTP_URL); notifications stay in the app. */
  mail: MailConfig | null;
};

export const OIDC_CALLBACK_PATH = "/api/auth/oidc/callback";

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** Throws a message naming the variable: a half-configured SSO must fail at start, not at the first sign-in. */
function ssoConfig(e: z.infer<typeof ZEnv>): SsoConfig | null {
  if (!e.OIDC_ISSUER) return null;
  const missing = (["OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "PUBLIC_URL"] as const).filter((k) => !e[k]);
  if (missing.length > 0)
    throw new Error(`Konfigurasi tidak valid: OIDC_ISSUER diisi, tetapi ${missing.join(", ")} kosong`);
  const issuer = new URL(e.OIDC_ISSUER);
  const allowHttp = issuer.protocol === "http:" && LOOPBACK.has(issuer.hostname);
  if (issuer.protocol !== "https:" && !allowHttp) {
    throw new Error("Konfigurasi tidak valid: OIDC_ISSUER harus https:// (http hanya untuk penyedia di mesin ini)");
  }
  const base = (e.PUBLIC_URL as string).replace(/\/+$/, "");
  return {
    issuer,
    clientId: e.OIDC_CLIENT_ID as string,
    clientSecret: e.OIDC_CLIENT_SECRET as string,
    allowedDomains: e.OIDC_ALLOWED_DOMAIN.split(",").map((d) => d.trim().toLowerCase()),
    name: e.OIDC_NAME,
    redirectUri: `${base}${OIDC_CALLBACK_PATH}`,
    allowHttp,
  };
}

export type MailConfig = { smtpUrl: string; from: string; publicUrl: string };

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
    poolMax: e.PG_POOL_MAX,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT ?? (terminal && e.NODE_ENV !== "production" ? "lines" : "json"),
    production: e.NODE_ENV === "production",
    sessionTtlMs: e.SESSION_TTL_HOURS * 3600_000,
    cookieSecure: e.COOKIE_SECURE === "true",
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    lockoutMs: 15 * 60_000,
    maxFailedLogins: 5,
    sso: ssoConfig(e),
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
