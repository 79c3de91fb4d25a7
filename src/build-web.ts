import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

// `npm start` builds the web UI only when dist/web is missing or older than its sources,
// so the second start costs nothing and a fresh clone still needs just two commands.
const root = new URL("..", import.meta.url).pathname;
export const WEB_INDEX = join(root, "dist/web/index.html");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function isStale(): boolean {
  const sources = [join(root, "src/web"), join(root, "src/server")].filter(existsSync);
  return (
    !existsSync(WEB_INDEX) ||
    Math.max(
      ...sources.map(newestMtime),
      ...["vite.config.ts", "vite.chunks.ts"].map((f) => statSync(join(root, f)).mtimeMs),
    ) > statSync(WEB_INDEX).mtimeMs
  );
}

/** Builds dist/web when stale and resolves once every file (compressed twins included) is written. */
export async function buildWebIfNeeded(log: (line: string) => void = console.log): Promise<"built" | "fresh"> {
  if (!isStale()) return "fresh";
  log("Membangun antarmuka web (sekali saja)…");
  // Loaded only to build: importing Vite costs every later start about a second.
  const { build } = await import("vite");
  await build({ root: join(root, "src/web"), configFile: join(root, "vite.config.ts"), logLevel: "warn" });
  return "built";
}
