import { z } from "zod";
import { defineContract } from "../core/contract.js";

export const health = defineContract({
  method: "GET",
  path: "/api/health",
  summary: "Status layanan dan basis data",
  tags: ["ops"],
  auth: "public",
  response: z.object({ status: z.enum(["ok", "degraded"]), db: z.enum(["pglite", "postgres"]), version: z.string() }),
});
