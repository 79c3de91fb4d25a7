import fc from "fast-check";
import type { z } from "zod";

/**
 * Inputs for a zod schema, for the route fuzz test: mostly valid-shaped (so requests get past
 * validation and reach the database), with hostile leaves (control characters, lone surrogates,
 * impossible dates, huge numbers), missing and extra fields, and wrong types at any depth.
 */

/** Fragments a response must never contain; generated text avoids them so an echo is no false alarm. */
export const LEAK_MARKERS = ["    at ", "select ", "insert into", "syntax error", "violates", "Error:"];
const clean = (s: string) => !LEAK_MARKERS.some((m) => s.toLowerCase().includes(m.toLowerCase()));

const HOSTILE = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "nama\u0007",
  "\u001b[31mmerah",
  "\ud800",
  "x\udfffy",
  "😀 émoji",
  "\u202etxt.exe",
  "\r\n",
  "x".repeat(5000),
  "2026-02-30",
  "2025-13-01",
  "0000-01-01",
  "9999-12-31",
  "2025-1-1",
  "31/01/2025",
  "00000000-0000-0000-0000-000000000000",
  "not-a-uuid",
  "%",
  "_",
  "\\",
  "'",
  '"',
  "1e309",
  "-1",
  "NaN",
  "null",
  "__proto__",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "=HYPERLINK(1)",
];

/** Values a leaf may accept: the generator prefers those its schema takes. */
const PLAUSIBLE = [
  "Nama Uji Coba",
  "SD",
  "SMP",
  "PNS",
  "PPPK",
  "NON_ASN",
  "teacher",
  "principal",
  "operator",
  "perencanaan",
  "school",
  "person",
  "open",
  "resolved",
  "sk",
  "true",
  "false",
  "2025-annual",
  "2026-annual",
  "umpan-balik-konstruktif",
  "profil",
  "2025-01-01",
  "2026-03-01",
  "2026-06-30",
  "2026-12-31",
  "20212345",
  "198503152010011004",
  "1234567890123456",
  "guru.baru@sekolah.id",
  "Catatan yang cukup panjang untuk lolos batas minimal.",
];

/** Real ids of the seeded world: all of them, and by table for the fields and paths that name one. */
export type Pools = { ids: string[]; byTable: Record<string, string[]> };

const TABLE_OF_FIELD: Record<string, string> = {
  personId: "people",
  schoolId: "schools",
  schoolIds: "schools",
  districtId: "districts",
  periodId: "periods",
  skFileId: "files",
  ids: "notifications",
};

const garbage = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.constantFrom(...HOSTILE),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }).filter(clean), fc.integer(), { maxKeys: 3 }),
);

/**
 * How hostile a generated input is. `valid`: what the schema accepts, as far as the samples go.
 * `mild`: valid in shape, an occasional hostile leaf (NUL in a name, 2026-02-30) — the inputs that
 * reach the database. `chaos`: wrong types, missing and extra fields anywhere.
 */
export type Mode = "valid" | "mild" | "chaos";
const WEIGHTS: Record<Mode, { injected: number; hostile: number; random: number; garbage: number; partial: number }> = {
  valid: { injected: 0, hostile: 0, random: 0, garbage: 0, partial: 0 },
  mild: { injected: 3, hostile: 1, random: 1, garbage: 0, partial: 0 },
  chaos: { injected: 1, hostile: 3, random: 2, garbage: 1, partial: 2 },
};

/** Characters no stored text may hold, slipped into an otherwise valid value. */
const CONTROL = ["\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\ud800", "\u000b"];
type Ctx = { pools: Pools; mode: Mode };

function strings(schema: z.ZodType, { pools, mode }: Ctx, key: string): fc.Arbitrary<unknown> {
  const accepts = (v: string) => schema.safeParse(v).success;
  const own = pools.byTable[TABLE_OF_FIELD[key] ?? ""] ?? [];
  const valid = [...PLAUSIBLE, ...(own.length > 0 ? own : pools.ids)].filter(accepts);
  const random = fc.oneof(
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.string({ maxLength: 300 }),
  );
  const w = WEIGHTS[mode];
  const injected = fc
    .tuple(fc.constantFrom(...(valid.length > 0 ? valid : ["teks"])), fc.constantFrom(...CONTROL), fc.nat())
    .map(([v, c, n]) => {
      const at = 1 + (n % Math.max(1, v.length - 1));
      return v.slice(0, at) + c + v.slice(at);
    });
  return fc.oneof(
    ...(valid.length > 0 ? [{ arbitrary: fc.constantFrom(...valid), weight: 8 }] : []),
    ...(w.injected > 0 ? [{ arbitrary: injected, weight: w.injected }] : []),
    ...(w.hostile > 0 ? [{ arbitrary: fc.constantFrom(...HOSTILE), weight: w.hostile }] : []),
    { arbitrary: random.filter(clean), weight: valid.length > 0 ? w.random : 1 },
  );
}

function numbers(schema: z.ZodType, mode: Mode): fc.Arbitrary<unknown> {
  const edge = [0, 1, 2, 3, 5, 12, 50, -1, 0.5, 2 ** 31, 2 ** 53 + 2, -(2 ** 53), 1e308, Number.NaN, Infinity];
  const valid = edge.filter((n) => schema.safeParse(n).success);
  const w = WEIGHTS[mode];
  return fc.oneof(
    ...(valid.length > 0 ? [{ arbitrary: fc.constantFrom(...valid), weight: 8 }] : []),
    { arbitrary: fc.constantFrom(...edge), weight: valid.length > 0 ? w.hostile : 1 },
    ...(w.random > 0 ? [{ arbitrary: fc.oneof(fc.integer(), fc.double()), weight: w.random }] : []),
  );
}

type Def = { type: string; [k: string]: unknown };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** An arbitrary for `schema` in the three modes; in `chaos`, a value of the wrong type at any node. */
export function arbitraryFor(schema: z.ZodType, pools: Pools): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: nodeFor(schema, { pools, mode: "valid" }, 0, ""), weight: 1 },
    { arbitrary: nodeFor(schema, { pools, mode: "mild" }, 0, ""), weight: 3 },
    { arbitrary: nodeFor(schema, { pools, mode: "chaos" }, 0, ""), weight: 2 },
  );
}

function nodeFor(schema: z.ZodType, ctx: Ctx, depth: number, key: string): fc.Arbitrary<unknown> {
  const typed = typedFor(schema, ctx, depth, key);
  const { garbage: g } = WEIGHTS[ctx.mode];
  return g > 0 ? fc.oneof({ arbitrary: typed, weight: 12 }, { arbitrary: garbage, weight: g }) : typed;
}

function typedFor(schema: z.ZodType, ctx: Ctx, depth: number, key: string): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  // Wrappers and arrays pass the field's name on, so `schoolIds: [uuid]` still gets school ids.
  const inner = (part: string) => nodeFor(def[part] as z.ZodType, ctx, depth + 1, key);
  switch (def.type) {
    case "string":
      return strings(schema, ctx, key);
    case "number":
      return numbers(schema, ctx.mode);
    case "boolean":
      return fc.boolean();
    case "enum":
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
    case "literal":
      return fc.constantFrom(...(def.values as unknown[]));
    case "optional":
      return fc.option(inner("innerType"), { nil: undefined, freq: 4 });
    case "nullable":
      return fc.option(inner("innerType"), { nil: null, freq: 4 });
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
    case "nonoptional":
      return fc.option(inner("innerType"), { nil: undefined, freq: 4 });
    case "pipe":
      return inner("in");
    case "array":
      return fc.array(inner("element"), { maxLength: depth > 2 ? 2 : 5 });
    case "record":
      return fc.dictionary(strings(def.keyType as z.ZodType, ctx, "") as fc.Arbitrary<string>, inner("valueType"), {
        maxKeys: 4,
      });
    case "union":
      return fc.oneof(...(def.options as z.ZodType[]).map((o) => nodeFor(o, ctx, depth + 1, key)));
    case "object": {
      const shape = def.shape as Record<string, z.ZodType>;
      const fields = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, nodeFor(v, ctx, depth + 1, k)]));
      const extra = fc.dictionary(fc.constantFrom("extra", "id", "__proto__", "role", "districtId"), garbage, {
        maxKeys: 2,
      });
      const { partial } = WEIGHTS[ctx.mode];
      if (partial === 0) return fc.record(fields);
      return fc.oneof(
        { arbitrary: fc.record(fields), weight: 4 },
        { arbitrary: fc.record(fields, { requiredKeys: [] }), weight: partial },
        { arbitrary: fc.tuple(fc.record(fields), extra).map(([a, b]) => ({ ...b, ...a })), weight: 1 },
      );
    }
    default:
      return garbage;
  }
}
