import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Contract, ContractInput, ContractOutput } from "./contract.js";
import { AppError } from "./errors.js";
import type { SessionActor, SessionRider } from "./session.js";

export type HandlerContext<C extends Contract> = ContractInput<C> & {
  req: FastifyRequest;
  reply: FastifyReply;
};

/** `ride`: what the route's `rider` read with the session (undefined when it could not ride). */
export type AuthedContext<C extends Contract> = HandlerContext<C> & { actor: SessionActor; ride: unknown };

type Handler<C extends Contract> = C["auth"] extends "public"
  ? (ctx: HandlerContext<C>) => Promise<ContractOutput<C>>
  : (ctx: AuthedContext<C>) => Promise<ContractOutput<C>>;

export type RouteExtras = { rateLimit?: { max: number; timeWindow: string }; rider?: SessionRider };

const registry = new WeakMap<FastifyInstance, Contract[]>();

/** Every contract registered on this app, in registration order: the route table the matrix and fuzz tests walk. */
export function registeredContracts(app: FastifyInstance): readonly Contract[] {
  return registry.get(app) ?? [];
}

/** Registers a contract: zod validation, OpenAPI schema, session check, then a thin handler. */
export function route<C extends Contract>(
  app: FastifyInstance,
  contract: C,
  handler: Handler<C>,
  extras: RouteExtras = {},
): void {
  if (extras.rider && contract.auth !== "session")
    throw new Error(`${contract.path}: only a signed-in route takes a rider`);
  registry.set(app, [...(registry.get(app) ?? []), contract]);
  app.route({
    method: contract.method,
    url: contract.path,
    config: { auth: contract.auth, ...extras },
    schema: {
      summary: contract.summary,
      tags: contract.tags,
      ...(contract.params ? { params: contract.params } : {}),
      ...(contract.query ? { querystring: contract.query } : {}),
      ...(contract.body ? { body: contract.body } : {}),
      response: { 200: contract.response },
      ...(contract.auth === "session" ? { security: [{ session: [] }] } : {}),
    },
    // Sign-in is checked before the body is validated: a signed-out caller learns nothing else.
    preValidation: async (req) => {
      if (contract.auth === "public") return;
      if (!req.actor) throw new AppError("UNAUTHENTICATED", "error.unauthenticated");
      if (req.actor.mustChangePassword && !contract.allowDuringPasswordChange) {
        throw new AppError("PASSWORD_CHANGE_REQUIRED", "error.passwordChangeRequired");
      }
    },
    handler: async (req, reply) => {
      const base = { params: req.params, query: req.query, body: req.body, req, reply } as HandlerContext<C>;
      if (contract.auth === "public") return (handler as (ctx: HandlerContext<C>) => Promise<unknown>)(base);
      return (handler as (ctx: AuthedContext<C>) => Promise<unknown>)({
        ...base,
        actor: req.actor as SessionActor,
        ride: req.ride,
      });
    },
  });
}
