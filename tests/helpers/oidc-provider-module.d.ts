// oidc-provider ships no types (and @types/oidc-provider lags its major versions): the little the
// sign-in tests use of it.
declare module "oidc-provider" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  type Account = { accountId: string; claims: () => Promise<Record<string, unknown> & { sub: string }> };

  export type Configuration = {
    clients: Record<string, unknown>[];
    claims?: Record<string, string[]>;
    findAccount: (ctx: unknown, id: string) => Promise<Account | undefined>;
    cookies?: { keys: string[] };
    features?: Record<string, { enabled: boolean }>;
    ttl?: Record<string, number>;
  };

  export default class Provider {
    constructor(issuer: string, configuration: Configuration);
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
  }
}
