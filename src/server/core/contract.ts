import type { z } from "zod";

/**
 * One contract per endpoint, defined once: the server registers it (validation + OpenAPI)
 * and the web client calls it through `callApi`, so both sides share the zod types.
 * This file imports nothing but types so the browser bundle can use it.
 */
export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export type Contract = {
  method: Method;
  path: string;
  summary: string;
  tags: string[];
  /** "public" routes skip the session check (login, health). */
  auth: "public" | "session";
  /** Reachable while an imported account still has to change its first password. */
  allowDuringPasswordChange?: true;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType;
};

export function defineContract<const C extends Contract>(c: C): C {
  return c;
}

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;

export type ContractInput<C extends Contract> = {
  params: Infer<C["params"]>;
  query: Infer<C["query"]>;
  body: Infer<C["body"]>;
};

export type ContractOutput<C extends Contract> = z.infer<C["response"]>;
