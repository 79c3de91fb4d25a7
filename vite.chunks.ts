import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
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
 * Which modules the first screens need, read from the module graph once the build has it: the static
 * imports of the app (`entry`, app/start.tsx; `inEntry`: the sign-in page and what every page needs)
 * and those of the signed-in frame with the home pages (`inShell`, without the app's). vite.config.ts groups them
 * into a few files. Left to itself, Rolldown splits the modules shared between the entry and the
 * lazy pages into one small file per set of importers: the sign-in page asked for 11 scripts and
 * the home page 14 more (HTTP/1.1 fetches six at a time, and each is a <link> the loader adds).
 * Every signed-in page renders inside the frame, so a later page never waits for what it shares
 * with the frame: that is already loaded.
 *
 * Mantine is imported through its index, which names every component: an import of `Card` from it
 * counts as the Card module only (what tree-shaking keeps), not the whole library.
 *
 * The first screens' stylesheet (`styles`, Mantine's styles of those components only) is checked
 * against the same modules, with `alsoStyled`: lazy parts of the first screens fetched without all
 * of Mantine's styles (see app/area.ts).
 */
export function firstScreens(opts: { entry: string; shell: string; alsoStyled: string[]; styles: string }) {
  const { entry, shell } = opts;
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
      const styled = new Set([...entryModules, ...shellModules]);
      for (const root of opts.alsoStyled) closure(root, styled, new Set());
      const problem = firstStylesProblem(styled, opts.styles);
      if (problem) this.error(`first screens: ${problem}`);
    },
  };
  // Vite's own modules (the lazy-import preloader) have a file of their own (vite.config.ts): main.tsx
  // imports them too, and must not import the app's files, which run only after the first paint.
  const ours = (id: string) => !id.startsWith("\0");
  return {
    plugin,
    inEntry: (id: string) => entryModules.has(id) && ours(id),
    inShell: (id: string) => shellModules.has(id) && ours(id),
  };
}

const MANTINE_STYLES = createRequire(import.meta.url).resolve("@mantine/core/styles.css");
const STYLE_IMPORT = /@import\s+"@mantine\/core\/styles\/([\w-]+)\.css"/g;
const MODULE_STYLES = /[\\/]@mantine[\\/]core[\\/]esm[\\/].*[\\/](\w+)\.module\.mjs$/;

/**
 * What is wrong with the first screens' stylesheet, if anything: a component among `modules` whose
 * styles it lacks (each `X.module.mjs` of Mantine has its rules in styles/X.css), or files out of the
 * order of Mantine's styles.css (which is those files, concatenated).
 */
function firstStylesProblem(modules: Iterable<string>, stylesheet: string): string | null {
  const listed = [...readFileSync(stylesheet, "utf8").matchAll(STYLE_IMPORT)].map((m) => m[1] as string);
  const needed = new Set(["baseline", "default-css-variables", "global"]);
  for (const id of modules) {
    const name = MODULE_STYLES.exec(id)?.[1];
    if (name) needed.add(name);
  }
  const missing = [...needed].filter((name) => !listed.includes(name));
  if (missing.length > 0) return `${stylesheet} lacks the styles of ${missing.join(", ")} (used on the first screens)`;
  const all = readFileSync(MANTINE_STYLES, "utf8");
  const at = (name: string) =>
    all.indexOf(
      readFileSync(resolve(dirname(MANTINE_STYLES), "styles", `${name}.css`), "utf8")
        .trim()
        .slice(0, 200),
    );
  const positions = listed.map(at);
  const wrong = listed.find((_, i) => (positions[i] ?? -1) < 0 || (positions[i] ?? 0) < (positions[i - 1] ?? -1));
  return wrong ? `${stylesheet}: ${wrong}.css is not in the order of @mantine/core/styles.css` : null;
}

/**
 * index.html's preloads of the first screens' files. main.tsx imports the app (`start`) only once the
 * loader is on screen, so Vite names none of its files in index.html: they are added here, fetched
 * with the HTML. For someone signed in on this device (the hint AuthGate keeps in localStorage), the
 * frame and home page's files (`shell`) too: a tiny script, run as soon as it arrives (async, before
 * the modules), adds their modulepreloads; visitors on their way to the sign-in page download nothing
 * more. A file, since the CSP allows no inline script.
 */
export function preloadFirstScreens(opts: { start: string; shell: string; hintKey: string }): Plugin {
  return {
    name: "kinerja:preload-first-screens",
    apply: "build",
    enforce: "post",
    generateBundle(_, bundle) {
      const chunks = Object.values(bundle).flatMap((c) => (c.type === "chunk" ? [c] : []));
      /** The file holding `id` and every file it imports, in load order. */
      const filesOf = (id: string) => {
        const files = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = bundle[fileName];
          if (files.has(fileName) || chunk?.type !== "chunk") return;
          for (const imported of chunk.imports) visit(imported);
          files.add(fileName);
        };
        const holder = chunks.find((c) => c.moduleIds.includes(id));
        if (!holder) this.error(`preload first screens: no file holds ${id}`);
        visit(holder.fileName);
        return [...files];
      };
      const html = bundle["index.html"];
      if (html?.type !== "asset") this.error("preload first screens: no index.html");
      let page = String(html.source);
      const named = (f: string) => page.includes(`/${f}"`);
      const start = filesOf(opts.start).filter((f) => !named(f));
      const links = start.map((f) => `\n    <link rel="modulepreload" crossorigin href="/${f}">`).join("");
      page = page.replace("</head>", `${links}\n  </head>`);
      const shell = filesOf(opts.shell)
        .filter((f) => !named(f))
        .map((f) => `/${f}`);
      const source = `try{if(localStorage.getItem(${JSON.stringify(opts.hintKey)})==="1")for(const f of ${JSON.stringify(shell)}){const l=document.createElement("link");l.rel="modulepreload";l.crossOrigin="";l.href=f;document.head.append(l)}}catch(e){}\n`;
      const ref = this.emitFile({ type: "asset", name: "signed-in.js", source });
      const script = `<script async fetchpriority="high" src="/${this.getFileName(ref)}"></script>`;
      const at = page.indexOf('<script type="module"');
      if (at < 0) this.error("preload first screens: no module script in index.html");
      html.source = `${page.slice(0, at)}${script}\n    ${page.slice(at)}`;
    },
  };
}
