import { dirname, resolve } from "node:path";
import type { Plugin } from "vite";

/** Packages imported through one index file that re-exports every component or hook. */
const BARRELS = ["@mantine/core", "@mantine/hooks"];
const NAMED_IMPORT = /import\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g;

/** `{ a, b as c }` → ["a", "b"]: the names as the exporting module calls them. */
const importedNames = (list: string) =>
  list
    .split(",")
    .map(
      (part) =>
        part
          .trim()
          .replace(/^type\s+/, "")
          .split(/\s+as\s+/)[0] ?? "",
    )
    .filter(Boolean);

/**
 * Which modules the first screens need, read from the module graph once the build has it: the
 * entry's static imports (`inEntry`: the sign-in page and what every page needs) and those of the
 * signed-in frame with the home pages (`inShell`, without the entry's). vite.config.ts groups them
 * into a few files. Left to itself, Rolldown splits the modules shared between the entry and the
 * lazy pages into one small file per set of importers: the sign-in page asked for 11 scripts and
 * the home page 14 more (HTTP/1.1 fetches six at a time, and each is a <link> the loader adds).
 * Every signed-in page renders inside the frame, so a later page never waits for what it shares
 * with the frame: that is already loaded.
 *
 * Mantine is imported through its index, which names every component: an import of `Card` from it
 * counts as the Card module only (what tree-shaking keeps), not the whole library.
 */
export function firstScreens(entry: string, shell: string) {
  const entryModules = new Set<string>();
  const shellModules = new Set<string>();
  const plugin: Plugin = {
    name: "kinerja:first-screens",
    apply: "build",
    buildEnd() {
      // name → module, for each barrel, from its `import { X } from "./X.mjs"` lines.
      const barrelExports = new Map<string, Map<string, string>>();
      const exportsOf = (barrelId: string) => {
        let names = barrelExports.get(barrelId);
        if (names) return names;
        names = new Map();
        for (const [, list = "", from = ""] of this.getModuleInfo(barrelId)?.code?.matchAll(NAMED_IMPORT) ?? []) {
          for (const name of importedNames(list)) names.set(name, resolve(dirname(barrelId), from));
        }
        if (names.size === 0) this.error(`first screens: no exports read from ${barrelId}`);
        barrelExports.set(barrelId, names);
        return names;
      };
      /** What `id` imports; from a barrel only the modules of the names it imports. */
      const importsOf = (id: string): string[] => {
        const info = this.getModuleInfo(id);
        if (!info) return [];
        const viaBarrel = new Map<string, string[]>();
        for (const [, list = "", from = ""] of info.code?.matchAll(NAMED_IMPORT) ?? []) {
          if (BARRELS.includes(from)) viaBarrel.set(from, [...(viaBarrel.get(from) ?? []), ...importedNames(list)]);
        }
        return info.importedIds.flatMap((imported) => {
          const barrel = BARRELS.find((b) => imported.includes(`/node_modules/${b}/esm/index.`));
          const names = barrel ? viaBarrel.get(barrel) : undefined;
          if (!barrel || !names) return [imported]; // not a barrel, or imported some other way: all of it
          const exported = exportsOf(imported);
          return names.map((name) => {
            const module = exported.get(name);
            if (!module) this.error(`first screens: ${barrel} has no ${name} (imported by ${id})`);
            return module;
          });
        });
      };
      const closure = (from: string, into: Set<string>, known: Set<string>) => {
        const stack = [from];
        for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
          if (into.has(id) || known.has(id)) continue;
          into.add(id);
          stack.push(...importsOf(id));
        }
      };
      closure(entry, entryModules, new Set());
      if (entryModules.size < 2) this.error(`first screens: ${entry} is not in the module graph`);
      closure(shell, shellModules, entryModules);
      if (shellModules.size < 2) this.error(`first screens: ${shell} is not in the module graph`);
    },
  };
  return {
    plugin,
    inEntry: (id: string) => entryModules.has(id),
    inShell: (id: string) => shellModules.has(id),
  };
}
