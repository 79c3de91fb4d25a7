import fastJson from "fast-json-stringify";
import type { FastifySerializerCompiler } from "fastify";
import { type ZodType, z } from "zod";

/**
 * Answers serialized by code compiled once per route from its zod contract's JSON schema
 * (fast-json-stringify), not by a zod parse of every answer before `JSON.stringify` (the type
 * provider's serializer: 0.08–0.10 ms of a 50-person page, against 0.03–0.06). What the contract does not name is still
 * never sent (`additionalProperties: false`), and a missing required field is still an error.
 * Unlike the parse, a value of the wrong type is converted rather than refused: the server's own
 * answers, typed by TypeScript against the same contracts.
 */
export const responseSerializer: FastifySerializerCompiler<unknown> = ({ schema }) => {
  const json = z.toJSONSchema(schema as ZodType, { target: "draft-7", io: "output", unrepresentable: "any" });
  return fastJson(nullableTypes(json) as Parameters<typeof fastJson>[0]) as (data: unknown) => string;
};

type Json = Record<string, unknown>;

/**
 * `anyOf: [X, {type: "null"}]` (zod's `.nullable()`) as `type: [X's type, "null"]`: the compiled
 * serializer then tests the value's type instead of running a validator per nullable field.
 */
function nullableTypes(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(nullableTypes);
  if (node === null || typeof node !== "object") return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node as Json)) out[k] = nullableTypes(v);
  const anyOf = out.anyOf;
  if (!Array.isArray(anyOf) || anyOf.length !== 2) return out;
  const nullAt = anyOf.findIndex((s) => isOnlyNull(s));
  const other = anyOf[1 - nullAt] as Json | undefined;
  if (nullAt < 0 || !other || typeof other.type !== "string" || "anyOf" in other || "oneOf" in other) return out;
  const { anyOf: _, ...rest } = out;
  return { ...rest, ...other, type: [other.type, "null"] };
}

const isOnlyNull = (s: unknown) =>
  typeof s === "object" && s !== null && (s as Json).type === "null" && Object.keys(s as Json).length === 1;
