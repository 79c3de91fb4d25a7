type Tree = { [key: string]: unknown };

const isTree = (v: unknown): v is Tree => typeof v === "object" && v !== null && !Array.isArray(v);

/** Strings of several files merged key by key (an area may add keys to a group the first screens hold). */
export function mergeStrings<A extends object, B extends object, C extends object, D extends object>(
  a: A,
  b: B,
  c: C,
  d: D,
): A & B & C & D {
  const into = (target: Tree, source: Tree): Tree => {
    for (const [key, value] of Object.entries(source)) {
      const existing = target[key];
      target[key] = isTree(existing) && isTree(value) ? into({ ...existing }, value) : value;
    }
    return target;
  };
  return [b, c, d].reduce<Tree>((acc, part) => into(acc, part as Tree), into({}, a as Tree)) as A & B & C & D;
}
