import type { FastifyInstance } from "fastify";
import { route } from "../core/route.js";
import type { FeatureDeps } from "../features.js";
import * as c from "./contract.js";
import { createExtension } from "./create-extension.js";
import { listExtensions } from "./list-extensions.js";

export function extensionsRoutes(app: FastifyInstance, { database }: FeatureDeps): void {
  const db = database.db;
  route(app, c.createExtension, async ({ actor, params, body }) =>
    createExtension({ db, actor, periodId: params.id, input: body }),
  );
  route(app, c.listExtensions, async ({ actor, params }) => ({
    extensions: await listExtensions(db, actor, params.id),
  }));
}
