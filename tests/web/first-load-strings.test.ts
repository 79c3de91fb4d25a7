import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { idCore } from "../../src/web/i18n/id.js";

/**
 * The first download carries only the first screens' Indonesian strings (idCore); the other areas'
 * come with their pages. Walks the static imports from main.tsx, the app it starts and the frame's
 * chunk — what ships before any withArea page — and checks every key those modules translate is in idCore:
 * otherwise a teacher would see "planning.open.start" on the home page.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../src/web");

function firstLoadModules(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^;]*?\sfrom\s+)?"(\.{1,2}\/[^"]+)";/gm)) {
      const spec = (m[1] as string).replace(/\.js$/, "");
      const base = join(dirname(file), spec);
      const found = [".ts", ".tsx"].map((ext) => base + ext).find((p) => existsSync(p));
      if (found?.startsWith(root)) visit(found);
    }
  };
  visit(join(root, "main.tsx"));
  // The app itself: main.tsx imports it once the loader has painted.
  visit(join(root, "app/start.tsx"));
  // The frame and home pages: a chunk fetched alongside /api/me, without the area strings.
  visit(join(root, "app/ShellPages.ts"));
  return [...seen];
}

const lookup = (path: string): unknown =>
  path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], idCore);

describe("strings of the first download", () => {
  const modules = firstLoadModules();

  it("walks the shell, the sign-in page and the home page", () => {
    const names = modules.map((m) => m.slice(root.length + 1));
    expect(names).toEqual(
      expect.arrayContaining(["main.tsx", "auth/SignInPage.tsx", "home/CycleCard.tsx", "planning/PlanButton.tsx"]),
    );
    expect(names.some((n) => n.startsWith("admin/"))).toBe(false);
  });

  it("finds every translated key in idCore", () => {
    const missing: string[] = [];
    for (const file of modules) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/\bt\(\s*"([a-zA-Z][\w.]*)"/g)) {
        if (typeof lookup(m[1] as string) !== "string") missing.push(`${file.slice(root.length + 1)}: ${m[1]}`);
      }
      // t(`phase.${x}`): the group must be there.
      for (const m of text.matchAll(/\bt\(\s*`([a-zA-Z][\w.]*)\.\$\{/g)) {
        const group = lookup(m[1] as string);
        if (typeof group !== "object" || group === null) missing.push(`${file.slice(root.length + 1)}: ${m[1]}.*`);
      }
    }
    expect(missing).toEqual([]);
  });
});
