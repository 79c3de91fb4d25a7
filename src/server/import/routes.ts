import type { FastifyInstance } from "fastify";
import type { FeatureDeps } from "../features.js";

// Placeholder until the staff import lands (being written now).
export function importRoutes(_app: FastifyInstance, _deps: FeatureDeps): void {}
